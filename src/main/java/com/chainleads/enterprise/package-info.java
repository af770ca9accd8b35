@NullMarked
package com.chainleads.enterprise;

import org.jspecify.annotations.NullMarked;
