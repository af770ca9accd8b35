@NullMarked
package com.chainleads;

import org.jspecify.annotations.NullMarked;
