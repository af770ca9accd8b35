@NullMarked
package com.chainleads.transfer.xlsx;

import org.jspecify.annotations.NullMarked;
