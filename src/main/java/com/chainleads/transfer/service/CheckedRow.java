package com.chainleads.transfer.service;

/** A row of a window that passed its own checks, and its value: what {@link ImportTarget#checkWindow} looks at. */
public record CheckedRow<T>(ImportRow row, T value) {}
