@NullMarked
package com.chainleads.enterprise.cultivation.transfer;

import org.jspecify.annotations.NullMarked;
