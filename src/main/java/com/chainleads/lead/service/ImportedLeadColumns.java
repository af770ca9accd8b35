package com.chainleads.lead.service;

import com.chainleads.lead.domain.Lead;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Columns of the lead table that another feature keeps beside the register's own and computes from the lead
 * alone (the rules of practice: the investor-name keys of 撞单 detection). An import writes them with each lead's
 * insert, in the same batch, instead of reading its rows back and updating each after it. The register writes the
 * values without knowing what they mean.
 */
public interface ImportedLeadColumns {

    /** The column names, in the order of {@link #values}. */
    List<String> names();

    /** One lead's values of the columns, in the order of {@link #names}. */
    List<@Nullable Object> values(Lead lead);
}
