package com.chainleads.transfer.cell;

import java.util.Arrays;
import java.util.List;

/**
 * Why a cell, a row or a file was refused: a translation key and its arguments, translated only when shown, so
 * every user reads it in their own language. Arguments that are {@link Localized} are resolved in that
 * language too (e.g. the list of allowed values).
 */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
