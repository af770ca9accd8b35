/**
 * The lead register's application services, one purpose each: registering and editing ({@link
 * com.chainleads.lead.service.LeadService}), the activity on a lead ({@link com.chainleads.lead.service.LeadActivity}),
 * Excel imports ({@link com.chainleads.lead.service.LeadImports}), the 撞单 settlement port for the rulings ({@link
 * com.chainleads.lead.service.DuplicateSettlement}), the lists and figures ({@link
 * com.chainleads.lead.service.LeadQueries}, {@link com.chainleads.lead.service.LeadFigures}); who may do what is
 * {@code LeadAccess}'s, the field and stage rules are {@link com.chainleads.lead.service.LeadRules}.
 */
@NullMarked
package com.chainleads.lead.service;

import org.jspecify.annotations.NullMarked;
