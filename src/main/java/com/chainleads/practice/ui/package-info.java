@NullMarked
package com.chainleads.practice.ui;

import org.jspecify.annotations.NullMarked;
