package com.chainleads.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * Grid column headers that wrap onto a second line instead of ending in "…" when the column is narrower than its
 * title — English titles are often twice as long as the Chinese ones (issue 13, point 8).
 */
public final class GridHeaders {

    private GridHeaders() {}

    public static Span wrapping(String title) {
        Span header = new Span(title);
        header.addClassName("cl-grid-header");
        header.getElement().setAttribute("title", title);
        return header;
    }
}
