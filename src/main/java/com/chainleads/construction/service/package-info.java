@NullMarked
package com.chainleads.construction.service;

import org.jspecify.annotations.NullMarked;
