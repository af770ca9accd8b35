@NullMarked
package com.chainleads.chain.service;

import org.jspecify.annotations.NullMarked;
