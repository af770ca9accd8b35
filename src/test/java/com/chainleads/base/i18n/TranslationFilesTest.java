package com.chainleads.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationFilesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(
                TranslationFilesTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void chineseAndEnglishFilesHaveTheSameKeys() throws IOException {
        Properties chinese = load("translations_zh_CN.properties");
        Properties english = load("translations_en.properties");
        assertThat(english.stringPropertyNames())
                .as("keys in Chinese but not in English, or the other way round")
                .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void everyMessageWithParametersIsAValidMessageFormatPattern() throws IOException {
        for (String file : new String[] {"translations_zh_CN.properties", "translations_en.properties"}) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                if (pattern.contains("{0}")) {
                    assertThat(new MessageFormat(pattern).format(new Object[] {"X", "Y", "Z", "W"}))
                            .as(file + " " + key + ": a lone apostrophe swallows the parameters")
                            .contains("X");
                }
            }
        }
    }

    @Test
    void chineseIsTheDefaultForAnyOtherLanguage() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("nav.home", java.util.Locale.GERMAN)).isEqualTo("首页");
        assertThat(provider.getTranslation("nav.home", java.util.Locale.US)).isEqualTo("Home");
        assertThat(provider.getTranslation("home.greeting", AppLocales.CHINESE, "李明")).isEqualTo("李明，您好");
    }
}
