package com.chainleads.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void lineBreaksAndTabsInUserTextBecomeVisibleEscapes() {
        assertThat(LogSafe.of("officer1\r\n2026-03-02 INFO Login succeeded for user 'admin'\tx\\n"))
                .isEqualTo("officer1\\r\\n2026-03-02 INFO Login succeeded for user 'admin'\\tx\\\\n")
                .doesNotContain("\r", "\n", "\t");
    }

    @Test
    void anExceptionQuotingUserInputIsLoggedOnItsOwnLinesOnlyWithItsFramesAndCauses() {
        IllegalStateException cause = new IllegalStateException("cause with\nINFO forged line");
        NumberFormatException error = new NumberFormatException("For input string: \"12\r\nWARN forged\"");
        error.initCause(cause);
        error.addSuppressed(new RuntimeException("suppressed\nforged"));

        Throwable logged = LogSafe.throwable(error);
        StringWriter trace = new StringWriter();
        logged.printStackTrace(new PrintWriter(trace));

        assertThat(trace.toString().lines())
                .noneMatch(line -> line.startsWith("INFO") || line.startsWith("WARN") || line.startsWith("forged"));
        assertThat(logged.getMessage())
                .isEqualTo("java.lang.NumberFormatException: For input string: \"12\\r\\nWARN forged\"");
        assertThat(logged.getStackTrace()).isEqualTo(error.getStackTrace());
        assertThat(logged.getCause().getMessage())
                .isEqualTo("java.lang.IllegalStateException: cause with\\nINFO forged line");
        assertThat(logged.getSuppressed())
                .singleElement()
                .satisfies(s -> assertThat(s.getMessage()).endsWith("suppressed\\nforged"));
    }
}
