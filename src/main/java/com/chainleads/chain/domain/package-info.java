@NullMarked
package com.chainleads.chain.domain;

import org.jspecify.annotations.NullMarked;
