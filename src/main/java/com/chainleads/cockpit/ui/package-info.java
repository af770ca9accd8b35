/**
 * The leaders' cockpit (领导驾驶舱) screen: figures, charts and drill-downs into the lead list.
 */
@NullMarked
package com.chainleads.cockpit.ui;

import org.jspecify.annotations.NullMarked;
