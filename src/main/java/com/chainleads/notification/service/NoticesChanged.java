package com.chainleads.notification.service;

/** A user's notifications changed (one arrived or was read); published inside the changing transaction. */
record NoticesChanged(long userId) {}
