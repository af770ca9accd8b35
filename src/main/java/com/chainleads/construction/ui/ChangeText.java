package com.chainleads.construction.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.construction.domain.ConstructionAuditEntry;
import com.chainleads.construction.service.ConstructionChangeRow;
import com.chainleads.construction.service.PlanLine;
import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change-log line in the user's language: "开工 · 实际日期：— → 2026-05-01". Items are stored language-neutral
 * ({@code <kind code>.<field>} or {@code <yyyy-MM>.<figure>}); the kinds' names come from the plan shown.
 */
final class ChangeText {

    private final Component owner;
    private final Map<String, String> kindNames = new HashMap<>();

    ChangeText(Component owner, List<PlanLine> lines) {
        this.owner = owner;
        lines.forEach(line -> kindNames.put(line.kindCode(), line.kind().name(ConstructionTexts.locale(owner))));
    }

    String of(ConstructionChangeRow row) {
        String item = row.item();
        int dot = item.lastIndexOf('.');
        String subject = dot < 0 ? item : item.substring(0, dot);
        String field = dot < 0 ? "" : item.substring(dot + 1);
        String what = row.subject() == ConstructionAuditEntry.Subject.INVESTMENT
                ? subject + " · " + owner.getTranslation("construction.investment." + field)
                : kindName(subject) + " · " + owner.getTranslation("construction.field." + field);
        return Formats.labelValue(
                ConstructionTexts.locale(owner), what, value(row.oldValue()) + " → " + value(row.newValue()));
    }

    private String kindName(String code) {
        return kindNames.getOrDefault(code, code);
    }

    private static String value(@Nullable String value) {
        return value == null ? "—" : value;
    }
}
