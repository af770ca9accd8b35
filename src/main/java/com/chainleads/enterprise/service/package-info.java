@NullMarked
package com.chainleads.enterprise.service;

import org.jspecify.annotations.NullMarked;
