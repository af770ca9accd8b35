@NullMarked
package com.chainleads.project.service;

import org.jspecify.annotations.NullMarked;
