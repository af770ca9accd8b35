package com.chainleads.base.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A part of an ECharts option: a JSON object with a fluent {@link #set(String, Object)} for any ECharts setting
 * (dotted paths create the objects on the way, e.g. {@code set("label.rich.badge.color", "#fff")}). The
 * subclasses add helpers for the settings we use most; everything else stays reachable through {@code set}.
 *
 * @param <S> the subclass, so chained calls keep their type
 */
public abstract class OptionNode<S extends OptionNode<S>> {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode json = NODES.objectNode();

    /**
     * Sets an option value. {@code path} is dotted ({@code "itemStyle.borderColor"}); {@code value} may be a
     * String, Number, Boolean, {@code null}, a Jackson {@link JsonNode}, another option part, a Collection or
     * array of those, or a Map with String keys.
     */
    public S set(String path, @Nullable Object value) {
        String[] keys = path.split("\\.");
        ObjectNode target = json;
        for (int i = 0; i < keys.length - 1; i++) {
            JsonNode child = target.get(keys[i]);
            target = child instanceof ObjectNode object ? object : target.putObject(keys[i]);
        }
        target.set(keys[keys.length - 1], toJson(value));
        return self();
    }

    /** The value at a dotted path, or {@code null}; for tests and for views that adjust a built option. */
    public @Nullable JsonNode get(String path) {
        JsonNode node = json;
        for (String key : path.split("\\.")) {
            node = node.get(key);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /** The JSON object itself (a live view, not a copy). */
    public ObjectNode json() {
        return json;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    static JsonNode toJson(@Nullable Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof OptionNode<?> part) {
            return part.json();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return NODES.numberNode(decimal);
        }
        if (value instanceof BigInteger integer) {
            return NODES.numberNode(integer);
        }
        if (value instanceof Number number) {
            return NODES.numberNode(number.doubleValue());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name());
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = NODES.arrayNode();
            collection.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof Object[] items) {
            ArrayNode array = NODES.arrayNode();
            for (Object item : items) {
                array.add(toJson(item));
            }
            return array;
        }
        if (value instanceof int[] || value instanceof long[] || value instanceof double[]) {
            return MAPPER.valueToTree(value);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), toJson(item)));
            return object;
        }
        throw new IllegalArgumentException(
                "Not an option value: " + value.getClass().getName());
    }
}
