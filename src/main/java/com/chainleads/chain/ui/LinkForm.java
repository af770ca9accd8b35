package com.chainleads.chain.ui;

import com.chainleads.base.ThreeWayMerge;
import com.chainleads.base.ui.FieldErrors;
import com.chainleads.chain.domain.ChainTier;
import com.chainleads.chain.service.LinkCommand;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Add, rename or move a chain link: Chinese and English names, 上游 / 中游 / 下游. Fires {@link SaveEvent}. */
public class LinkForm extends VerticalLayout {

    /** The bean the form edits. */
    public static class Data {
        private String nameZh = "";
        private String nameEn = "";
        private @Nullable ChainTier tier = ChainTier.UPSTREAM;

        public Data() {}

        public Data(String nameZh, String nameEn, ChainTier tier) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
            this.tier = tier;
        }

        public String getNameZh() {
            return nameZh;
        }

        public void setNameZh(String nameZh) {
            this.nameZh = nameZh;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public @Nullable ChainTier getTier() {
            return tier;
        }

        public void setTier(@Nullable ChainTier tier) {
            this.tier = tier;
        }

        LinkCommand toCommand() {
            return new LinkCommand(nameZh, nameEn, tier);
        }

        /** What an administrator edits: what a merge of concurrent edits compares. */
        static final List<ThreeWayMerge.Field<Data>> FIELDS = List.of(
                ThreeWayMerge.Field.of("nameZh", Data::getNameZh, Data::setNameZh),
                ThreeWayMerge.Field.of("nameEn", Data::getNameEn, Data::setNameEn),
                ThreeWayMerge.Field.of("tier", Data::getTier, Data::setTier));

        Data copy() {
            Data copy = new Data();
            copy.nameZh = nameZh;
            copy.nameEn = nameEn;
            copy.tier = tier;
            return copy;
        }
    }

    final TextField nameZh = new TextField();
    final TextField nameEn = new TextField();
    final RadioButtonGroup<ChainTier> tier = new RadioButtonGroup<>();
    final Button save = new Button();
    final Button cancel = new Button();
    private final Binder<Data> binder = new Binder<>(Data.class);
    private Data data = new Data();

    public LinkForm() {
        setPadding(false);
        nameZh.setLabel(getTranslation("chain.edit.nameZh"));
        nameZh.setMaxLength(100);
        nameEn.setLabel(getTranslation("chain.edit.nameEn"));
        nameEn.setMaxLength(150);
        tier.setLabel(getTranslation("chain.edit.tier"));
        tier.setItems(ChainTier.values());
        tier.setItemLabelGenerator(t -> getTranslation(t.translationKey()));
        binder.forField(nameZh)
                .asRequired(getTranslation("validation.required"))
                .bind(Data::getNameZh, Data::setNameZh);
        binder.forField(nameEn)
                .asRequired(getTranslation("validation.required"))
                .bind(Data::getNameEn, Data::setNameEn);
        binder.forField(tier).asRequired(getTranslation("validation.required")).bind(Data::getTier, Data::setTier);
        FormLayout fields = new FormLayout(nameZh, nameEn, tier);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        fields.setColspan(tier, 2);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(data)) {
                fireEvent(new SaveEvent(this, data));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(fields, new HorizontalLayout(save, cancel));
    }

    public void setLink(Data link) {
        this.data = link;
        binder.readBean(link);
    }

    public boolean showFieldError(String field, String message) {
        return FieldErrors.show(Map.of("nameZh", nameZh, "nameEn", nameEn, "tier", tier), field, message);
    }

    public static final class SaveEvent extends ComponentEvent<LinkForm> {
        private final Data link;

        SaveEvent(LinkForm source, Data link) {
            super(source, false);
            this.link = link;
        }

        public Data link() {
            return link;
        }
    }

    public static final class CancelEvent extends ComponentEvent<LinkForm> {
        CancelEvent(LinkForm source) {
            super(source, false);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
