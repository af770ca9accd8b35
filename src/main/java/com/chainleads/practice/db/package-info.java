@NullMarked
package com.chainleads.practice.db;

import org.jspecify.annotations.NullMarked;
