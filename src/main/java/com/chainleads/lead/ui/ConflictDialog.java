package com.chainleads.lead.ui;

import com.chainleads.base.ui.Formats;
import com.chainleads.lead.service.LeadDetails;
import com.chainleads.lead.service.LeadDraft;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shown when someone else saved the lead meanwhile: names who and when, lists the fields where their saved
 * value differs from the user's input, and lets the user either overwrite knowingly or take the latest.
 */
class ConflictDialog extends Dialog {

    record Difference(String label, String theirs, String mine) {
    }

    final Grid<Difference> differences = new Grid<>();
    final Button keepMine = new Button();
    final Button takeTheirs = new Button();

    ConflictDialog(LeadDetails latest, LeadDraft mine, DraftValues values, Runnable onKeepMine, Runnable onTakeTheirs) {
        setHeaderTitle(getTranslation("lead.conflict.title"));
        setWidth("min(760px, 100vw)");
        Map<String, String> theirs = values.describe(latest.draft());
        Map<String, String> own = values.describe(mine);
        List<Difference> rows = new ArrayList<>();
        theirs.forEach((field, value) -> {
            String myValue = own.getOrDefault(field, "");
            if (!Objects.equals(value, myValue)) {
                rows.add(new Difference(getTranslation("lead.field." + field), value, myValue));
            }
        });
        add(new Paragraph(getTranslation("lead.conflict.text", Objects.requireNonNullElse(latest.updatedByName(), "?"),
                Formats.dateTime(latest.updatedAt()))));
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("lead.conflict.noDifferences")));
        } else {
            differences.addColumn(Difference::label).setHeader(getTranslation("lead.conflict.field")).setAutoWidth(true);
            differences.addColumn(Difference::theirs).setHeader(getTranslation("lead.conflict.theirs"));
            differences.addColumn(Difference::mine).setHeader(getTranslation("lead.conflict.mine"));
            differences.setItems(rows);
            differences.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            differences.setAllRowsVisible(true);
            add(differences);
        }
        keepMine.setText(getTranslation("lead.conflict.keepMine"));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(e -> {
            close();
            onKeepMine.run();
        });
        takeTheirs.setText(getTranslation("lead.conflict.takeTheirs"));
        takeTheirs.addClickListener(e -> {
            close();
            onTakeTheirs.run();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, takeTheirs, keepMine);
    }
}
