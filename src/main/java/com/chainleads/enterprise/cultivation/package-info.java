/** Next-tier candidates (培育清单), innovation points (创新积分) and reward policies over the enterprise library. */
@NullMarked
package com.chainleads.enterprise.cultivation;

import org.jspecify.annotations.NullMarked;
