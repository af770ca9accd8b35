package com.chainleads.lead.service;

/**
 * A lead is being deleted, published in the deleting transaction before its row goes: features that keep
 * something of the lead outside the database (evidence files) remove it once the delete has committed.
 */
public record LeadDeleted(long leadId) {}
