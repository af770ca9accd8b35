@NullMarked
package com.chainleads.construction.domain;

import org.jspecify.annotations.NullMarked;
