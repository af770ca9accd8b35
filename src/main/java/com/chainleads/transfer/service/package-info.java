@NullMarked
package com.chainleads.transfer.service;

import org.jspecify.annotations.NullMarked;
