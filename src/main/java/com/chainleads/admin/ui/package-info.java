@NullMarked
package com.chainleads.admin.ui;

import org.jspecify.annotations.NullMarked;
