@NullMarked
package com.chainleads.security;

import org.jspecify.annotations.NullMarked;
