@NullMarked
package com.chainleads.base.domain;

import org.jspecify.annotations.NullMarked;
