@NullMarked
package com.chainleads.construction.ui;

import org.jspecify.annotations.NullMarked;
