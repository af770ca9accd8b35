/** Excel in and out: tolerant cell parsers, streaming import with preview and error report, exports and templates. */
@NullMarked
package com.chainleads.transfer;

import org.jspecify.annotations.NullMarked;
