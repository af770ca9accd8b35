package com.chainleads.chain.domain;

/** How many of something (e.g. local enterprises) one chain link has. */
public record LinkCount(long chainLinkId, long count) {}
