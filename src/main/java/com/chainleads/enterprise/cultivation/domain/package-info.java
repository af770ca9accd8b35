@NullMarked
package com.chainleads.enterprise.cultivation.domain;

import org.jspecify.annotations.NullMarked;
