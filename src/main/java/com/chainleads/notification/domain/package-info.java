@NullMarked
package com.chainleads.notification.domain;

import org.jspecify.annotations.NullMarked;
