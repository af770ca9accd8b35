@NullMarked
package com.chainleads.base;

import org.jspecify.annotations.NullMarked;
