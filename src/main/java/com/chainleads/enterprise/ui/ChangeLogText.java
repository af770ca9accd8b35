package com.chainleads.enterprise.ui;

import com.chainleads.chain.domain.CultivationTier;
import com.chainleads.enterprise.domain.PlatformLevel;
import com.chainleads.enterprise.domain.PlatformType;
import com.chainleads.enterprise.service.ChangeLine;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The change log in the reader's language: field names translated ("2025.revenueWan" → "2025年 营业收入"), codes in
 * values (HIGH_TECH, PROVINCIAL, true) replaced by their labels; names and numbers stay as written.
 */
final class ChangeLogText {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]+\\b|\\btrue\\b|\\bfalse\\b");
    private static final Pattern YEAR_FIELD = Pattern.compile("(\\d{4})\\.(\\w+)");

    private final BiFunction<String, Object[], String> translate;
    private final Map<String, String> codes = new HashMap<>();

    ChangeLogText(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
        for (CultivationTier tier : CultivationTier.values()) {
            codes.put(tier.name(), tier.translationKey());
        }
        for (PlatformType type : PlatformType.values()) {
            codes.put(type.name(), type.translationKey());
        }
        for (PlatformLevel level : PlatformLevel.values()) {
            codes.put(level.name(), level.translationKey());
        }
        codes.put("true", "enterprise.yes");
        codes.put("false", "enterprise.no");
    }

    String field(ChangeLine line) {
        Matcher year = YEAR_FIELD.matcher(line.field());
        if (year.matches()) {
            return translate.apply("enterprise.history.yearField", new Object[] {
                year.group(1), translate.apply("enterprise.field." + year.group(2), new Object[0])
            });
        }
        return translate.apply("enterprise.field." + line.field(), new Object[0]);
    }

    String value(@Nullable String value) {
        if (value == null) {
            return "";
        }
        Matcher codeMatcher = CODE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (codeMatcher.find()) {
            String key = codes.get(codeMatcher.group());
            codeMatcher.appendReplacement(
                    out,
                    Matcher.quoteReplacement(key == null ? codeMatcher.group() : translate.apply(key, new Object[0])));
        }
        codeMatcher.appendTail(out);
        return out.toString();
    }
}
