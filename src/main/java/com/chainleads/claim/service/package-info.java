@NullMarked
package com.chainleads.claim.service;

import org.jspecify.annotations.NullMarked;
