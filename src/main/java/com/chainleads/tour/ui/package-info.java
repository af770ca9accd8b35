/** The tours list and a tour's page. */
@NullMarked
package com.chainleads.tour.ui;

import org.jspecify.annotations.NullMarked;
