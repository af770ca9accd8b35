/** Planning a tour, its booklet and its ranking (红黑榜). */
@NullMarked
package com.chainleads.tour.service;

import org.jspecify.annotations.NullMarked;
