@NullMarked
package com.chainleads.notice.service;

import org.jspecify.annotations.NullMarked;
