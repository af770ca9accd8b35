package com.chainleads.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A component that a feature puts into the shell's header after the language switch — the notification bell, the
 * user menu — declared as a prototype bean (one per page) and ordered with {@code @Order}. The shell finds them
 * by this type and imports none of them.
 */
public interface ShellHeaderItem {

    /** The component to show; usually the item itself. */
    default Component component() {
        return (Component) this;
    }
}
