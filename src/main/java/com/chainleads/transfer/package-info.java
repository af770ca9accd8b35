/**
 * Excel in and out (导入导出), for any feature: tolerant cell parsers, a streaming import with preview,
 * confirmation and error report that runs in the background, exports and import templates. Nothing here knows
 * about leads: the lead feature plugs its spreadsheet in ({@code lead.spreadsheet}).
 *
 * <h2>Packages</h2>
 * <ul>
 * <li>{@code cell}: {@link com.chainleads.transfer.cell.Text} cleaning, {@link com.chainleads.transfer.cell.CellParsers}
 * (decimal, integer, date, yes/no, credit code, text), {@link com.chainleads.transfer.cell.Choices} (values by code or
 * Chinese/English label), {@link com.chainleads.transfer.cell.Problem} (a translatable reason).</li>
 * <li>{@code xlsx}: POI. {@link com.chainleads.transfer.xlsx.XlsxFile} checks an upload by content and streams it
 * (SAX, never a whole workbook); {@link com.chainleads.transfer.xlsx.XlsxExport}, the
 * {@link com.chainleads.transfer.xlsx.TemplateBuilder} and the {@link com.chainleads.transfer.xlsx.ErrorReportWriter}
 * write with SXSSF; {@link com.chainleads.transfer.xlsx.ColumnSpec} describes a column.</li>
 * <li>{@code service}: the import SPI ({@link com.chainleads.transfer.service.ImportDefinition},
 * {@link com.chainleads.transfer.service.ImportRowMapper}, {@link com.chainleads.transfer.service.ImportTarget}), the
 * {@link com.chainleads.transfer.service.ImportPipeline} and the {@link com.chainleads.transfer.service.ImportService}
 * that runs it on worker threads, one import per file at a time.</li>
 * <li>{@code ui}: the {@link com.chainleads.transfer.ui.ImportWizard} component, the view at {@code /leads/import},
 * {@link com.chainleads.transfer.ui.Downloads} for export buttons.</li>
 * </ul>
 *
 * <h2>Plugging a spreadsheet in</h2>
 * A feature offers a bean implementing {@link com.chainleads.transfer.service.ImportDefinition}: its columns as
 * {@code ColumnSpec}s, a mapper that reads cells through the {@link com.chainleads.transfer.service.ImportRow}
 * getters and applies the feature's own rules, the key column, and an
 * {@link com.chainleads.transfer.service.ImportTarget} that stores checked rows inside the import's transaction with
 * the user's security context (the lead feature's {@code LeadImportDefinition} is the one in use). Exports build an
 * {@link com.chainleads.transfer.xlsx.XlsxExport} in a read-only service method that streams the rows into it, offered
 * with {@code Downloads.button(text, Downloads.xlsx(name, out -> ...))}.
 */
@NullMarked
package com.chainleads.transfer;

import org.jspecify.annotations.NullMarked;
