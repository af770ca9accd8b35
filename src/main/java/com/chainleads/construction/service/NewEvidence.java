package com.chainleads.construction.service;

import java.io.Serializable;

/** An uploaded file waiting to be saved with its milestone: the name the browser gave and the bytes received. */
public record NewEvidence(String fileName, byte[] bytes) implements Serializable {}
