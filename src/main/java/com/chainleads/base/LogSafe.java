package com.chainleads.base;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Escapes CR, LF and tabs in user-supplied text before it is logged, so log lines cannot be forged — also in
 * exception messages, which often quote what a user typed (a number that did not parse, a duplicate key).
 */
public final class LogSafe {

    private LogSafe() {}

    public static String of(String text) {
        return text.replace("\\", "\\\\")
                .replace("\r", "\\r")
                .replace("\n", "\\n")
                .replace("\t", "\\t");
    }

    /**
     * The exception to log in place of {@code error}: the same stack frames, causes and suppressed exceptions,
     * each message escaped and prefixed with the original exception's class.
     */
    public static Throwable throwable(Throwable error) {
        return escape(error, new IdentityHashMap<>());
    }

    private static Throwable escape(Throwable error, Map<Throwable, Throwable> done) {
        Throwable known = done.get(error);
        if (known != null) {
            return known;
        }
        String message = error.getMessage();
        Escaped copy = new Escaped(error.getClass().getName() + (message == null ? "" : ": " + of(message)));
        done.put(error, copy);
        copy.setStackTrace(error.getStackTrace());
        @Nullable Throwable cause = error.getCause();
        if (cause != null && cause != error) {
            copy.initCause(escape(cause, done));
        }
        for (Throwable suppressed : error.getSuppressed()) {
            copy.addSuppressed(escape(suppressed, done));
        }
        return copy;
    }

    /** An exception as logged: its message names the original class. */
    static final class Escaped extends RuntimeException {

        Escaped(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
