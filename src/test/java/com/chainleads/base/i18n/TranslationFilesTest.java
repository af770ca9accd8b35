package com.chainleads.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationFilesTest {

    private final Map<String, Properties> chinese = TranslationProvider.filesFor(AppLocales.CHINESE);
    private final Map<String, Properties> english = TranslationProvider.filesFor(AppLocales.ENGLISH);

    @Test
    void everyChineseFileHasAnEnglishTwinWithTheSameKeys() {
        assertThat(chinese).isNotEmpty();
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(chinese.keySet());
        chinese.forEach((file, zh) -> assertThat(english.get(file).stringPropertyNames())
                .as("keys of i18n/%s_en.properties against i18n/%s_zh_CN.properties", file, file)
                .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames()));
    }

    @Test
    void noKeyIsDefinedInTwoFiles() {
        Set<String> seen = new HashSet<>();
        chinese.forEach((file, zh) -> zh.stringPropertyNames()
                .forEach(key -> assertThat(seen.add(key))
                        .as("key %s defined twice (again in %s)", key, file)
                        .isTrue()));
    }

    @Test
    void everyMessageWithParametersIsAValidMessageFormatPattern() {
        for (Map<String, Properties> files : java.util.List.of(chinese, english)) {
            files.forEach((file, properties) -> {
                for (String key : properties.stringPropertyNames()) {
                    String pattern = properties.getProperty(key);
                    if (pattern.contains("{0")) {
                        assertThat(new MessageFormat(pattern).format(new Object[] {"X", "Y", "Z", "W", "V"}))
                                .as(file + " " + key + ": a lone apostrophe swallows the parameters")
                                .contains("X");
                    }
                }
            });
        }
    }

    @Test
    void chineseIsTheDefaultForAnyOtherLanguage() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("首页");
        assertThat(provider.getTranslation("nav.home", Locale.US)).isEqualTo("Home");
        assertThat(provider.getTranslation("home.greeting", AppLocales.CHINESE, "李明"))
                .isEqualTo("李明，您好");
    }
}
