@NullMarked
package com.chainleads.home;

import org.jspecify.annotations.NullMarked;
