@NullMarked
package com.chainleads.notification.service;

import org.jspecify.annotations.NullMarked;
