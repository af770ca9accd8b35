@NullMarked
package com.chainleads.chain;

import org.jspecify.annotations.NullMarked;
