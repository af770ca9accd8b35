package com.chainleads.benchmark;

/** A user the load signs in as. */
public record Credentials(String username, String password) {

    @Override
    public String toString() {
        return username; // never the password in reports or logs
    }
}
