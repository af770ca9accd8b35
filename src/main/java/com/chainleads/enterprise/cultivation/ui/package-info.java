@NullMarked
package com.chainleads.enterprise.cultivation.ui;

import org.jspecify.annotations.NullMarked;
