@NullMarked
package com.chainleads.coordination.ui;

import org.jspecify.annotations.NullMarked;
