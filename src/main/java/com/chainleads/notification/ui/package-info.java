@NullMarked
package com.chainleads.notification.ui;

import org.jspecify.annotations.NullMarked;
