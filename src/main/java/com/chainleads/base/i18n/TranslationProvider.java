package com.chainleads.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every UI text goes through here. Each feature keeps its texts in {@code i18n/<feature>_zh_CN.properties}
 * and {@code i18n/<feature>_en.properties} (UTF-8); keys are unique across files. Unknown locales get
 * Chinese, whatever the browser sends.
 */
@Component
public class TranslationProvider implements I18NProvider {

    static final String LOCATION = "classpath*:i18n/*_%s.properties";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<Locale, Map<String, String>> messages = new HashMap<>();

    public TranslationProvider() {
        for (Locale locale : AppLocales.SUPPORTED) {
            messages.put(locale, load(locale));
        }
    }

    static Map<String, Properties> filesFor(Locale locale) {
        String suffix = locale.equals(AppLocales.ENGLISH) ? "en" : "zh_CN";
        Map<String, Properties> files = new HashMap<>();
        try {
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources(String.format(LOCATION, suffix))) {
                Properties properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                String name = resource.getFilename();
                files.put(name.substring(0, name.length() - ("_" + suffix + ".properties").length()), properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Map<String, String> load(Locale locale) {
        Map<String, String> all = new HashMap<>();
        filesFor(locale)
                .forEach((file, properties) -> properties.stringPropertyNames().forEach(key -> {
                    if (all.put(key, properties.getProperty(key)) != null) {
                        log.warn("Translation key '{}' appears in more than one file ({})", key, file);
                    }
                }));
        return all;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return AppLocales.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = AppLocales.supported(locale);
        String pattern = messages.get(supported).get(key);
        if (pattern == null) {
            log.warn("Missing translation '{}' for {}", key, supported);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
    }
}
