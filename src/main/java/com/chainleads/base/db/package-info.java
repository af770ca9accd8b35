@NullMarked
package com.chainleads.base.db;

import org.jspecify.annotations.NullMarked;
