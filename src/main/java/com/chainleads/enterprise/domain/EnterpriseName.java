package com.chainleads.enterprise.domain;

/** An enterprise's id and name. */
public record EnterpriseName(long id, String name) {}
