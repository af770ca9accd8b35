package com.chainleads.transfer.service;

import java.nio.file.Path;
import java.util.Locale;

/** An uploaded file (already on the server) to check or apply with a definition, in a mode and language. */
public record ImportRequest<T>(
        ImportDefinition<T> definition, Path file, String fileName, ImportMode mode, Locale locale) {}
