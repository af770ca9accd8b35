@NullMarked
package com.chainleads.security.ui;

import org.jspecify.annotations.NullMarked;
