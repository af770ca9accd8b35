package com.chainleads.construction.service;

import com.chainleads.lead.domain.LeadStage;
import org.jspecify.annotations.Nullable;

/** The saved milestone, and the stage the lead moved to because of it (none when it did not move). */
public record MilestoneSaved(PlanLine line, @Nullable LeadStage leadMovedTo) {}
