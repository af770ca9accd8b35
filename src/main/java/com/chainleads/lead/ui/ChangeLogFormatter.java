package com.chainleads.lead.ui;

import com.chainleads.base.i18n.AppLocales;
import com.chainleads.base.ui.Money;
import com.chainleads.lead.service.AuditChange;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Puts audited values into words in the reader's language: enum codes translated, amounts in 万元/亿元. */
final class ChangeLogFormatter {

    private final Component context;
    private final Locale locale;

    ChangeLogFormatter(Component context, Locale locale) {
        this.context = context;
        this.locale = locale;
    }

    /** "总投资：5,000.00 万元 → 8,000.00 万元", or "项目名称：…" for a value set on creation. */
    String line(AuditChange change, boolean creation) {
        String label = context.getTranslation("lead.field." + change.field());
        if (creation) {
            return context.getTranslation("lead.audit.set", label, value(change.type(), change.newValue()));
        }
        return context.getTranslation(
                "lead.audit.change",
                label,
                value(change.type(), change.oldValue()),
                value(change.type(), change.newValue()));
    }

    String value(String type, @Nullable String raw) {
        if (raw == null || raw.isEmpty()) {
            return context.getTranslation("lead.audit.none");
        }
        if (type.equals("money")) {
            return Money.format(new BigDecimal(raw), locale);
        }
        if (type.equals("bool")) {
            return context.getTranslation(Boolean.parseBoolean(raw) ? "lead.audit.yes" : "lead.audit.no");
        }
        if (type.equals("name")) {
            String[] names = raw.split(AuditChange.NAME_SEPARATOR, 2);
            return AppLocales.isEnglish(locale) && names.length > 1 ? names[1] : names[0];
        }
        if (type.startsWith("enum:")) {
            return context.getTranslation(type.substring(5) + "." + raw);
        }
        if (type.startsWith("enums:")) {
            String prefix = type.substring(6);
            return Arrays.stream(raw.split(","))
                    .map(code -> context.getTranslation(prefix + "." + code))
                    .collect(Collectors.joining("、"));
        }
        return raw;
    }
}
