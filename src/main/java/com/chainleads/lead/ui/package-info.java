/**
 * The lead register's screens: the list (with its filter bar and cards on a phone), a lead's page with its form,
 * follow-ups, history, change log and comments, and the dialogs for stage changes and handovers.
 */
@NullMarked
package com.chainleads.lead.ui;

import org.jspecify.annotations.NullMarked;
