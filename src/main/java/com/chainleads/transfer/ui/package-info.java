@NullMarked
package com.chainleads.transfer.ui;

import org.jspecify.annotations.NullMarked;
