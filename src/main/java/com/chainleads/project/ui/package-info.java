@NullMarked
package com.chainleads.project.ui;

import org.jspecify.annotations.NullMarked;
