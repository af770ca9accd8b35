@NullMarked
package com.chainleads.claim.domain;

import org.jspecify.annotations.NullMarked;
