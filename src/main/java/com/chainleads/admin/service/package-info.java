@NullMarked
package com.chainleads.admin.service;

import org.jspecify.annotations.NullMarked;
