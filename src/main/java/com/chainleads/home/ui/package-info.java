@NullMarked
package com.chainleads.home.ui;

import org.jspecify.annotations.NullMarked;
