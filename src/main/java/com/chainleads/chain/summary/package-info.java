/** The industry map's read model: firms per chain link and top tier, kept in step with the library's writes. */
@NullMarked
package com.chainleads.chain.summary;

import org.jspecify.annotations.NullMarked;
