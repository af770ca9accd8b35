/** The 观摩 meeting (项目建设观摩推进会): tours of signed projects, their route, booklet and scores. */
@NullMarked
package com.chainleads.tour;

import org.jspecify.annotations.NullMarked;
