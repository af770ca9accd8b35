/**
 * The lead list's search index (Hibernate Search, embedded Lucene under ./data/index): the document a lead
 * becomes, the Chinese analysis of its texts, the queries the list, its count and total and the export run on it,
 * and keeping the index in step with the database.
 */
@NullMarked
package com.chainleads.lead.search;

import org.jspecify.annotations.NullMarked;
