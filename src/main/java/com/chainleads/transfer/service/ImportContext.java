package com.chainleads.transfer.service;

import java.util.Locale;

/**
 * What an import run knows about itself: the uploaded file's name (for the audit entry), the user's language
 * and name, and the chosen mode. The signed-in user is also in the security context of the worker thread, so
 * services called by mappers and targets see the same user as the page did.
 */
public record ImportContext(String fileName, Locale locale, ImportMode mode, String username) {}
