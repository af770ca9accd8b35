@NullMarked
package com.chainleads.practice.domain;

import org.jspecify.annotations.NullMarked;
