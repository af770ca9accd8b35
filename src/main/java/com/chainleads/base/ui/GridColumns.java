package com.chainleads.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * Shows and hides grid columns without sending a hidden column's cells. Vaadin 24 still generates and sends
 * every row's values for a column hidden with {@code setVisible(false)} (vaadin/flow-components#6737): the lead
 * list's card column, hidden on a wide screen, was half of every page sent to the browser (case h of the
 * benchmark). A hidden column here renders nothing; showing it again puts its own renderer back.
 */
public final class GridColumns {

    /** A hidden column's own renderer, kept on the column while an empty one stands in. */
    private record OwnRenderer(Renderer<?> renderer) {}

    private GridColumns() {}

    /** Shows or hides the column; a hidden column's cells are neither computed nor sent. */
    @SuppressWarnings("unchecked")
    public static <T> void setShown(Grid.Column<T> column, boolean shown) {
        OwnRenderer own = ComponentUtil.getData(column, OwnRenderer.class);
        if (!shown && own == null) {
            ComponentUtil.setData(column, OwnRenderer.class, new OwnRenderer(column.getRenderer()));
            column.setRenderer(LitRenderer.of(""));
        } else if (shown && own != null) {
            ComponentUtil.setData(column, OwnRenderer.class, null);
            column.setRenderer((Renderer<T>) own.renderer());
        }
        column.setVisible(shown);
    }
}
