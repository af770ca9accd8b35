package com.chainleads.construction.service;

import java.io.InputStream;

/** An evidence file ready to be sent: its media type, a file name to offer, and its bytes (the caller closes). */
public record EvidenceFile(String mediaType, String fileName, InputStream content) {}
