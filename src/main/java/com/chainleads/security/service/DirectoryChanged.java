package com.chainleads.security.service;

/**
 * Published (within the writing transaction) when a user's name, role, unit or enabled flag, or a unit, has
 * changed: the shared unit and officer options are loaded again.
 */
public record DirectoryChanged() {}
