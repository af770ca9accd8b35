/**
 * The lead spreadsheet: its columns (shared by template, import and export), the import definition that reads rows
 * into lead drafts, and the export of the filtered list.
 */
@NullMarked
package com.chainleads.lead.spreadsheet;

import org.jspecify.annotations.NullMarked;
