package com.chainleads.chain.service;

/** Supplier link → customer link. */
public record MapEdge(long id, long fromLinkId, long toLinkId) {}
