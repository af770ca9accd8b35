@NullMarked
package com.chainleads.chain.ui;

import org.jspecify.annotations.NullMarked;
