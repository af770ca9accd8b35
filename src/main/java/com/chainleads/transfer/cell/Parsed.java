package com.chainleads.transfer.cell;

import java.util.NoSuchElementException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** What a tolerant parser made of one cell: a value, nothing (a blank cell), or a {@link Problem}. */
public final class Parsed<T> {

    private static final Parsed<?> EMPTY = new Parsed<>(null, null);

    private final @Nullable T value;
    private final @Nullable Problem problem;

    private Parsed(@Nullable T value, @Nullable Problem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    @SuppressWarnings("unchecked")
    public static <T> Parsed<T> empty() {
        return (Parsed<T>) EMPTY;
    }

    public static <T> Parsed<T> problem(String key, Object... args) {
        return new Parsed<>(null, Problem.of(key, args));
    }

    public static <T> Parsed<T> problem(Problem problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isPresent() {
        return value != null;
    }

    /** A blank cell: no value and no problem. */
    public boolean isEmpty() {
        return value == null && problem == null;
    }

    public boolean hasProblem() {
        return problem != null;
    }

    public T value() {
        if (value == null) {
            throw new NoSuchElementException(problem == null ? "empty" : problem.key());
        }
        return value;
    }

    public @Nullable T orNull() {
        return value;
    }

    public Problem problem() {
        if (problem == null) {
            throw new NoSuchElementException("no problem");
        }
        return problem;
    }

    /** Applies a further check or conversion to a present value; empty and problems pass through. */
    public <R> Parsed<R> then(Function<T, Parsed<R>> next) {
        if (value == null) {
            @SuppressWarnings("unchecked")
            Parsed<R> same = (Parsed<R>) this;
            return same;
        }
        return next.apply(value);
    }

    @Override
    public String toString() {
        return value != null ? "Parsed[" + value + "]" : problem != null ? "Parsed[" + problem + "]" : "Parsed[empty]";
    }
}
