@NullMarked
package com.chainleads.transfer.cell;

import org.jspecify.annotations.NullMarked;
