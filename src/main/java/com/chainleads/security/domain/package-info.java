@NullMarked
package com.chainleads.security.domain;

import org.jspecify.annotations.NullMarked;
