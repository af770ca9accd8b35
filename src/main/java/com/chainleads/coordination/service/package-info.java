@NullMarked
package com.chainleads.coordination.service;

import org.jspecify.annotations.NullMarked;
