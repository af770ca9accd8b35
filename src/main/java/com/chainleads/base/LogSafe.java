package com.chainleads.base;

/** Escapes CR, LF and tabs in user-supplied text before it is logged, so log lines cannot be forged. */
public final class LogSafe {

    private LogSafe() {
    }

    public static String of(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
