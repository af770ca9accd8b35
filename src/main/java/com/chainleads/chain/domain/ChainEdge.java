package com.chainleads.chain.domain;

import com.chainleads.base.domain.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Supplier link → customer link within one sector's chain. */
@Entity
@Table(name = "chain_edge")
public class ChainEdge extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_link_id", nullable = false)
    private ChainLink from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_link_id", nullable = false)
    private ChainLink to;

    protected ChainEdge() {}

    public ChainEdge(ChainLink from, ChainLink to) {
        this.from = from;
        this.to = to;
    }

    public ChainLink getFrom() {
        return from;
    }

    public ChainLink getTo() {
        return to;
    }
}
