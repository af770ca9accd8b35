@NullMarked
package com.chainleads.notice.ui;

import org.jspecify.annotations.NullMarked;
