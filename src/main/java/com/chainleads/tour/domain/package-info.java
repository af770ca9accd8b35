/** Tours, their stops, members, criteria and scores. */
@NullMarked
package com.chainleads.tour.domain;

import org.jspecify.annotations.NullMarked;
