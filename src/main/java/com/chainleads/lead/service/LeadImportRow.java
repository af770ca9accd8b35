package com.chainleads.lead.service;

import com.chainleads.lead.domain.LeadStage;
import java.time.LocalDate;

/**
 * One checked row of a lead import: the lead as a draft (owner and unit resolved), the stage it is in and the day
 * it was first reported, and the row number in the file.
 */
public record LeadImportRow(int rowNumber, LeadDraft draft, LeadStage stage, LocalDate reportedOn) {}
