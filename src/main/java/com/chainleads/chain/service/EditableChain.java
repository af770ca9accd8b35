package com.chainleads.chain.service;

import java.util.List;

/** A sector's chain as administrators edit it. */
public record EditableChain(SectorOption sector, List<Link> links, List<Edge> edges) {

    /** A link with its version (for optimistic locking) and its number of local enterprises. */
    public record Link(ChainLinkOption link, long version, long localEnterprises) {}

    public record Edge(long id, ChainLinkOption from, ChainLinkOption to) {}
}
