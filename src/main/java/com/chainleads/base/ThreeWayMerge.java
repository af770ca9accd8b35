package com.chainleads.base;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Merges what a user typed into a form with what a colleague saved meanwhile, field by field, from three
 * versions of the form's bean: what the user loaded ({@code base}), what they typed ({@code mine}) and what is
 * stored now ({@code theirs}). A field only the colleague changed keeps their value; a field only the user
 * changed takes the user's; a field both changed to different values is a conflict, which only the user may
 * decide ({@link Result#resolve}). Nothing a colleague saved is dropped without such a decision.
 * <p>
 * Values are compared as a user reads them: text without surrounding blanks (empty and {@code null} alike),
 * amounts by value ({@code 5000} = {@code 5000.00}), collections by their elements.
 */
public final class ThreeWayMerge {

    private ThreeWayMerge() {}

    /** One field of the bean: its name (the form's field and message key), how to read and write it. */
    public record Field<T>(String name, Function<T, ?> getter, BiConsumer<T, Object> setter) {

        @SuppressWarnings("unchecked")
        public static <T, V> Field<T> of(String name, Function<T, V> getter, BiConsumer<T, V> setter) {
            return new Field<>(name, getter, (bean, value) -> setter.accept(bean, (V) value));
        }

        @Nullable
        Object get(T bean) {
            return getter.apply(bean);
        }
    }

    /** Which version a conflicting field takes. */
    public enum Side {
        THEIRS,
        MINE
    }

    /**
     * The merge: {@code merged} holds every field that needed no decision (a conflicting field holds the
     * colleague's value until {@link #resolve} says otherwise).
     */
    public record Result<T>(
            T base,
            T mine,
            T theirs,
            List<String> changedByThem,
            List<String> changedByMe,
            List<String> conflicts,
            List<Field<T>> fields,
            UnaryOperator<T> copy) {

        /** Whether it merges without a decision. */
        public boolean clean() {
            return conflicts.isEmpty();
        }

        /**
         * The merged bean with each conflict decided as chosen (a fresh copy of the stored version with the
         * user's changes on top).
         *
         * @throws IllegalArgumentException when a conflict has no decision
         */
        public T resolve(Map<String, Side> choices) {
            T merged = copy.apply(theirs);
            for (Field<T> field : fields) {
                boolean takeMine = changedByMe.contains(field.name());
                if (conflicts.contains(field.name())) {
                    Side side = choices.get(field.name());
                    if (side == null) {
                        throw new IllegalArgumentException("no decision for " + field.name());
                    }
                    takeMine = side == Side.MINE;
                }
                if (takeMine) {
                    field.setter().accept(merged, copyOfValue(field.get(mine)));
                }
            }
            return merged;
        }
    }

    /** Merges {@code mine} and {@code theirs}, both made from {@code base}. The beans are not changed. */
    public static <T> Result<T> merge(List<Field<T>> fields, T base, T mine, T theirs, UnaryOperator<T> copy) {
        List<String> byThem = new ArrayList<>();
        List<String> byMe = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        for (Field<T> field : fields) {
            Object was = field.get(base);
            boolean iChanged = !same(was, field.get(mine));
            boolean theyChanged = !same(was, field.get(theirs));
            if (iChanged && theyChanged) {
                if (same(field.get(mine), field.get(theirs))) {
                    continue; // both made the same change
                }
                conflicts.add(field.name());
            } else if (iChanged) {
                byMe.add(field.name());
            } else if (theyChanged) {
                byThem.add(field.name());
            }
        }
        return new Result<>(
                base,
                mine,
                theirs,
                List.copyOf(byThem),
                List.copyOf(byMe),
                List.copyOf(conflicts),
                List.copyOf(fields),
                copy);
    }

    /** Whether two beans hold the same values in all fields (as a user reads them). */
    public static <T> boolean sameValues(List<Field<T>> fields, T one, T other) {
        return fields.stream().allMatch(field -> same(field.get(one), field.get(other)));
    }

    /** Equality as a user reads the values (see the class comment). */
    public static boolean same(@Nullable Object one, @Nullable Object other) {
        Object a = normal(one);
        Object b = normal(other);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static @Nullable Object normal(@Nullable Object value) {
        if (value instanceof String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? null : new HashSet<>(items);
        }
        return value;
    }

    private static @Nullable Object copyOfValue(@Nullable Object value) {
        if (value instanceof java.util.EnumSet<?> set) {
            return set.clone();
        }
        if (value instanceof java.util.Set<?> set) {
            return new java.util.LinkedHashSet<>(set);
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return value;
    }
}
