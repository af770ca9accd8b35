@NullMarked
package com.chainleads.security.service;

import org.jspecify.annotations.NullMarked;
