@NullMarked
package com.chainleads.base.ui;

import org.jspecify.annotations.NullMarked;
