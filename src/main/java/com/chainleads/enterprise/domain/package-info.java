@NullMarked
package com.chainleads.enterprise.domain;

import org.jspecify.annotations.NullMarked;
