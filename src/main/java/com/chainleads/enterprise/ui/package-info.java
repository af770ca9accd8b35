@NullMarked
package com.chainleads.enterprise.ui;

import org.jspecify.annotations.NullMarked;
