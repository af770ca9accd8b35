@NullMarked
package com.chainleads.claim.ui;

import org.jspecify.annotations.NullMarked;
