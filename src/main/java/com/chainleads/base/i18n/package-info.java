@NullMarked
package com.chainleads.base.i18n;

import org.jspecify.annotations.NullMarked;
