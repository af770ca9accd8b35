/**
 * The cockpit's figures for the signed-in user's scope, read through the lead register's {@code LeadFigures}.
 */
@NullMarked
package com.chainleads.cockpit.service;

import org.jspecify.annotations.NullMarked;
