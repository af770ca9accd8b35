package com.chainleads.lead.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * 线索来源: how the lead reached the bureau — the channel, the referrer (引荐人) when a person brought it, and the
 * region the investor comes from. Shown in the form's source section. Each field has its own rule or picker
 * (the channel is required, a referrer channel names the referrer), and the summaries and the search index read
 * the channel and the region by the paths {@code source.channel} and {@code source.originRegion}.
 */
@Embeddable
public class Source {

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 30)
    private LeadChannel channel;

    @Column(name = "referrer", length = 100)
    private @Nullable String referrer;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_region", length = 20)
    private @Nullable OriginRegion originRegion;

    public LeadChannel getChannel() {
        return channel;
    }

    public void setChannel(LeadChannel channel) {
        this.channel = channel;
    }

    public @Nullable String getReferrer() {
        return referrer;
    }

    public void setReferrer(@Nullable String referrer) {
        this.referrer = referrer;
    }

    public @Nullable OriginRegion getOriginRegion() {
        return originRegion;
    }

    public void setOriginRegion(@Nullable OriginRegion originRegion) {
        this.originRegion = originRegion;
    }
}
