package com.chainleads.chain.ui;

/** Translates a key with arguments, e.g. a component's {@code getTranslation}; lets chart builders be tested. */
@FunctionalInterface
public interface Translator {
    String t(String key, Object... args);
}
