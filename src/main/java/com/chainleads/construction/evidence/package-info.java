@NullMarked
package com.chainleads.construction.evidence;

import org.jspecify.annotations.NullMarked;
