package com.chainleads.lead.domain;

import com.chainleads.base.domain.AbstractEntity;
import com.chainleads.security.domain.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A leader's comment or instruction (领导批示) on a lead. */
@Entity
@Immutable
@Table(name = "lead_comment")
public class LeadComment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id", nullable = false)
    private Lead lead;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private AppUser author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "content", nullable = false, length = 2000)
    private String content;

    protected LeadComment() {}

    public LeadComment(Lead lead, AppUser author, Instant createdAt, String content) {
        this.lead = lead;
        this.author = author;
        this.createdAt = createdAt;
        this.content = content;
    }

    public Lead getLead() {
        return lead;
    }

    public AppUser getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getContent() {
        return content;
    }
}
