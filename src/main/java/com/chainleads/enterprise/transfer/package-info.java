@NullMarked
package com.chainleads.enterprise.transfer;

import org.jspecify.annotations.NullMarked;
