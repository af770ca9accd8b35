@NullMarked
package com.chainleads.practice.service;

import org.jspecify.annotations.NullMarked;
