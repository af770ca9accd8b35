/**
 * The read model of the cockpit's 项目建设 section: signed projects counted per sector, unit and calendar bucket —
 * by the day each reached 开工, 投产 or 达产, by the earliest planned date still open (so "delayed as of today" is a
 * sum over bounded rows), by the years with investment figures — and 完成投资 per month. {@link
 * com.chainleads.construction.summary.ProjectFigureListener} collects the projects a transaction touches (a lead's
 * sector, unit or stage, a milestone, the progress row, an investment month; a lead deleted or imported) and
 * {@link com.chainleads.construction.summary.ProjectFigureWriter} moves their contribution before it commits;
 * {@link com.chainleads.construction.summary.ProjectFigures} rebuilds, checks and reads the rows.
 */
@NullMarked
package com.chainleads.construction.summary;

import org.jspecify.annotations.NullMarked;
