/**
 * The read model of the cockpit's open coordination issues by department: open issues per department, sector,
 * unit and deadline month or day ({@code issue_figure}), kept in step with every issue write in the same
 * transaction ({@link com.chainleads.coordination.summary.IssueFigures}).
 */
@NullMarked
package com.chainleads.coordination.summary;

import org.jspecify.annotations.NullMarked;
