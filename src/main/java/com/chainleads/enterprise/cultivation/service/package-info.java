@NullMarked
package com.chainleads.enterprise.cultivation.service;

import org.jspecify.annotations.NullMarked;
