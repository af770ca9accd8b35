@NullMarked
package com.chainleads.notice.domain;

import org.jspecify.annotations.NullMarked;
