package com.chainleads.base.ui;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.ThreeWayMerge.Side;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Shown when a colleague saved a record while the user was editing it (any form with a version). It says what
 * the colleague changed (kept), what the user changed (saved on top), and puts each field both changed side by
 * side with a choice; "合并后保存" saves only when every such field has one. Nothing the colleague saved is
 * replaced without the user choosing it. The server checks the merged record as any other save.
 *
 * @param <T> the form's bean
 */
public class MergeDialog<T> extends Dialog {

    private final ThreeWayMerge.Result<T> merge;
    private final Map<String, RadioButtonGroup<Side>> choices = new LinkedHashMap<>();
    private final Div kept = new Div();
    private final Div applied = new Div();
    private final Paragraph choiceMissing = new Paragraph();
    private final Button save = new Button();
    private final Button takeTheirs = new Button();

    /**
     * @param intro who changed it and when, as far as known
     * @param label a field's label by its name
     * @param value a field's value in a version of the bean, as the user reads it ("" for none)
     * @param onSave gets the merged bean
     * @param onTakeTheirs drops the user's input and shows the stored version
     */
    public MergeDialog(
            String intro,
            ThreeWayMerge.Result<T> merge,
            Function<String, String> label,
            BiFunction<T, String, String> value,
            Consumer<T> onSave,
            Runnable onTakeTheirs) {
        this.merge = merge;
        addClassName("cl-merge-dialog");
        setHeaderTitle(getTranslation("merge.title"));
        setWidth("min(760px, 100vw)");
        add(new Paragraph(intro));

        if (!merge.conflicts().isEmpty()) {
            add(heading("merge.conflicts"));
            for (String field : merge.conflicts()) {
                RadioButtonGroup<Side> choice = new RadioButtonGroup<>();
                choice.setLabel(label.apply(field));
                choice.setItems(Side.THEIRS, Side.MINE);
                choice.setItemLabelGenerator(side -> getTranslation(
                        side == Side.THEIRS ? "merge.theirs" : "merge.mine",
                        shown(value.apply(side == Side.THEIRS ? merge.theirs() : merge.mine(), field))));
                choice.addClassName("cl-merge-choice");
                choice.getElement().setAttribute("data-field", field);
                choice.addValueChangeListener(e -> {
                    choice.setInvalid(false);
                    choiceMissing.setVisible(choices.values().stream().anyMatch(RadioButtonGroup::isInvalid));
                });
                choices.put(field, choice);
                add(choice);
            }
        }
        list(kept, "merge.kept", merge.changedByThem(), label, field -> value.apply(merge.theirs(), field), value);
        list(applied, "merge.applied", merge.changedByMe(), label, field -> value.apply(merge.mine(), field), value);

        choiceMissing.setText(getTranslation("merge.chooseEach"));
        choiceMissing.addClassName("cl-merge-missing");
        choiceMissing.setVisible(false);
        add(choiceMissing);

        save.setText(getTranslation("merge.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<String, Side> decided = new LinkedHashMap<>();
            choices.forEach((field, choice) -> {
                if (choice.getValue() != null) {
                    decided.put(field, choice.getValue());
                }
            });
            if (decided.size() < merge.conflicts().size()) {
                choiceMissing.setVisible(true);
                choices.values().stream().filter(c -> c.getValue() == null).forEach(c -> {
                    c.setErrorMessage(getTranslation("merge.choose"));
                    c.setInvalid(true);
                });
                return;
            }
            close();
            onSave.accept(merge.resolve(decided));
        });
        takeTheirs.setText(getTranslation("merge.takeTheirs"));
        takeTheirs.addClickListener(e -> {
            close();
            onTakeTheirs.run();
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, takeTheirs, save);
    }

    private H4 heading(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.addClassName("cl-merge-heading");
        return heading;
    }

    /** "字段：原值 → 新值" for each field changed on one side only. */
    private void list(
            Div box,
            String headingKey,
            List<String> fields,
            Function<String, String> label,
            Function<String, String> now,
            BiFunction<T, String, String> value) {
        if (fields.isEmpty()) {
            return;
        }
        box.addClassName("cl-merge-list");
        for (String field : fields) {
            Div line = new Div(new Span(getTranslation(
                    "merge.change",
                    label.apply(field),
                    shown(value.apply(merge.base(), field)),
                    shown(now.apply(field)))));
            line.getElement().setAttribute("data-field", field);
            box.add(line);
        }
        add(heading(headingKey), box);
    }

    private String shown(@Nullable String value) {
        return value == null || value.isBlank() ? getTranslation("merge.empty") : value;
    }

    /**
     * Whether the user has to see the merge: the colleague changed a field of the form, or both changed one.
     * Otherwise (e.g. only a login or a stage change moved the version) the merged bean can be saved at once.
     */
    public static boolean needed(ThreeWayMerge.Result<?> merge) {
        return !merge.changedByThem().isEmpty() || !merge.conflicts().isEmpty();
    }

    /** The choice for a field both changed (none for other fields). */
    public @Nullable RadioButtonGroup<Side> choice(String field) {
        return choices.get(field);
    }

    /** The colleague's changes that are kept, one line each. */
    public Div kept() {
        return kept;
    }

    /** The user's changes that are saved, one line each. */
    public Div applied() {
        return applied;
    }

    public ThreeWayMerge.Result<T> merge() {
        return merge;
    }

    public Button saveButton() {
        return save;
    }

    public Button takeTheirsButton() {
        return takeTheirs;
    }
}
