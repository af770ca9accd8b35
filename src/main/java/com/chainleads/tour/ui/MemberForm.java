package com.chainleads.tour.ui;

import com.chainleads.base.ui.FieldErrors;
import com.chainleads.tour.domain.TourMember;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.Map;

/** A member of the 观摩团: name and title. Fires {@link AddEvent}; cleared by the view once added. */
class MemberForm extends HorizontalLayout {

    final TextField name = new TextField();
    final TextField title = new TextField();
    final Button add = new Button();

    private final Binder<String[]> binder = new Binder<>();

    MemberForm() {
        name.setLabel(getTranslation("tour.field.memberName"));
        name.setMaxLength(TourMember.MAX_NAME);
        title.setLabel(getTranslation("tour.field.memberTitle"));
        title.setMaxLength(TourMember.MAX_TITLE);
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .bind(v -> v[0], (v, value) -> v[0] = value);
        binder.forField(title).bind(v -> v[1], (v, value) -> v[1] = value);
        add.setText(getTranslation("tour.member.add"));
        add.addClickListener(e -> {
            String[] values = {"", ""};
            if (binder.writeBeanIfValid(values)) {
                fireEvent(new AddEvent(this, values[0], values[1]));
            }
        });
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(name, title, add);
        clear();
    }

    void clear() {
        binder.readBean(new String[] {"", ""});
    }

    boolean showFieldError(String field, String message) {
        return FieldErrors.show(Map.of("memberName", name, "memberTitle", title), field, message);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    static final class AddEvent extends ComponentEvent<MemberForm> {
        private final String name;
        private final String title;

        AddEvent(MemberForm source, String name, String title) {
            super(source, false);
            this.name = name;
            this.title = title;
        }

        String name() {
            return name;
        }

        String title() {
            return title;
        }
    }
}
