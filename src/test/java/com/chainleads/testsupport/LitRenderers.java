package com.chainleads.testsupport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads grid columns drawn by a {@link LitRenderer} as the browser would get them: the properties a row sends,
 * and the functions its template calls (e.g. a button's {@code @click}), without a browser.
 */
public final class LitRenderers {

    private LitRenderers() {}

    /** The column's Lit renderer; fails when the column is drawn some other way (e.g. by components). */
    @SuppressWarnings("unchecked")
    public static <T> LitRenderer<T> of(Grid.Column<T> column) {
        Renderer<T> renderer = column.getRenderer();
        if (!(renderer instanceof LitRenderer<?>)) {
            throw new AssertionError("column " + column.getKey() + " is drawn by "
                    + renderer.getClass().getName() + ", not a LitRenderer");
        }
        return (LitRenderer<T>) renderer;
    }

    /** The properties the row sends to the column's template ({@code item.…}), by name. */
    public static <T> Map<String, Object> properties(Grid.Column<T> column, T row) {
        Map<String, Object> properties = new LinkedHashMap<>();
        of(column).getValueProviders().forEach((name, provider) -> properties.put(name, provider.apply(row)));
        return properties;
    }

    /** Calls the template's function (e.g. {@code @click="${edit}"}) for the row, as a click in the browser does. */
    @SuppressWarnings("unchecked")
    public static <T> void call(Grid.Column<T> column, String function, T row) {
        try {
            Field callables = LitRenderer.class.getDeclaredField("clientCallables");
            callables.setAccessible(true);
            Map<String, SerializableBiConsumer<T, JsonArray>> functions =
                    (Map<String, SerializableBiConsumer<T, JsonArray>>) callables.get(of(column));
            SerializableBiConsumer<T, JsonArray> handler = functions.get(function);
            if (handler == null) {
                throw new AssertionError("the template has no function " + function + ", only " + functions.keySet());
            }
            handler.accept(row, Json.createArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer's functions are not readable in this Vaadin version", e);
        }
    }
}
