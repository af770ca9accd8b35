package com.chainleads.base.db;

/** Start-up stops with this when the configured database cannot be reached. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    public DatabaseUnreachableException(String url, String reason) {
        super("Cannot connect to the database at " + url + ": " + reason);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
