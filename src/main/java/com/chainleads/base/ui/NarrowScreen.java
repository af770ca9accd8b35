package com.chainleads.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Tells a view whether the browser window is narrow (a phone, below {@link #MAX_WIDTH} CSS pixels), from the
 * width the browser reports on attach and on every resize: lists switch to cards there (issue 13, point 6).
 * The view is told once at attach and again only when the answer changes.
 */
public final class NarrowScreen {

    /** Widest window that counts as narrow, in CSS pixels (the style sheet's phone breakpoint). */
    public static final int MAX_WIDTH = 700;

    private NarrowScreen() {}

    public static boolean isNarrow(int windowWidth) {
        return windowWidth > 0 && windowWidth <= MAX_WIDTH;
    }

    /** Hides the given secondary columns of a list on a narrow screen, so the rest fits without scrolling sideways. */
    public static void hideWhenNarrow(Component owner, com.vaadin.flow.component.grid.Grid.Column<?>... columns) {
        track(owner, narrow -> {
            for (com.vaadin.flow.component.grid.Grid.Column<?> column : columns) {
                GridColumns.setShown(column, !narrow);
            }
        });
    }

    /** Calls {@code narrow} with the current answer when the component is attached, and on every change. */
    public static void track(Component component, Consumer<Boolean> narrow) {
        Boolean[] last = {null};
        Registration[] resize = {null};
        Consumer<Integer> width = w -> {
            boolean now = isNarrow(w);
            if (last[0] == null || last[0] != now) {
                last[0] = now;
                narrow.accept(now);
            }
        };
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            last[0] = null;
            ui.getPage().retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(e -> width.accept(e.getWidth()));
        });
        component.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
