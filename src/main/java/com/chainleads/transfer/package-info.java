/**
 * Excel in and out (导入导出): tolerant cell parsers, a streaming import with preview, confirmation and error
 * report, exports and import templates. Nothing here knows about leads except the stand-in in {@code demo}.
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
 * that runs it on worker threads.</li>
 * <li>{@code ui}: the {@link com.chainleads.transfer.ui.ImportWizard} component, the view at {@code /leads/import},
 * {@link com.chainleads.transfer.ui.Downloads} for export buttons.</li>
 * <li>{@code demo}: a lead-like definition with an in-memory register, used until the lead register exists.</li>
 * </ul>
 *
 * <h2>Plugging the lead import in</h2>
 * <ol>
 * <li>In the lead feature, a bean implementing {@code ImportDefinition<LeadImportRow>} with {@code name() = "leads"}:
 * {@code columns()} as {@code ColumnSpec}s (choices for sector, chain link, stage, channel, project type built from
 * the reference data); {@code mapper(context)} returns a mapper that reads cells through the
 * {@link com.chainleads.transfer.service.ImportRow} getters and applies the lead form's rules;
 * {@code keyColumn()}/{@code key(row)} give the credit code; {@code target()} is the lead service.</li>
 * <li>The lead service implements {@code ImportTarget<LeadImportRow>}: {@code existingKeys} (credit codes already
 * registered, one query per batch of 500), {@code store} (save a batch, flush and clear now and then; it runs inside
 * the one import transaction, with the user's security context), {@code finish} (the audit entry naming
 * {@code summary.fileName()}). Officers' unit rules belong in the mapper or in {@code store}.</li>
 * <li>Being a non-fallback definition named "leads", it replaces the demo at {@code /leads/import}; the demo's
 * classes and its view section can then be deleted (and the browser/Karibu tests pointed at lead files).</li>
 * </ol>
 * Exports: build an {@link com.chainleads.transfer.xlsx.XlsxExport} in a read-only service method that streams the
 * filtered rows into it, and offer it with {@code Downloads.button(text, Downloads.xlsx(name, out -> ...))}.
 */
@NullMarked
package com.chainleads.transfer;

import org.jspecify.annotations.NullMarked;
