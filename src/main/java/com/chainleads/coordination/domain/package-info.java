/** Coordination issues (问题清单 / 需协调事项) of signed projects: what blocks each project and which department must solve it by when. */
@NullMarked
package com.chainleads.coordination.domain;

import org.jspecify.annotations.NullMarked;
