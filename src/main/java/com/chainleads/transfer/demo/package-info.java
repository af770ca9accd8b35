@NullMarked
package com.chainleads.transfer.demo;

import org.jspecify.annotations.NullMarked;
