@NullMarked
package com.chainleads.admin;

import org.jspecify.annotations.NullMarked;
