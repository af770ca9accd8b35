package com.chainleads.transfer.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of Excel imports ({@code chainleads.import.*}): the largest upload (enforced on the server while the
 * file arrives, not only in the browser), the most data rows, how many imports run at once, and how many
 * problems the preview lists (the error report has them all). {@code warm-up} reads a small workbook once after
 * start-up, so that the first user does not wait for POI's classes to load.
 */
@ConfigurationProperties("chainleads.import")
public record ImportProperties(
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("200000") int maxRows,
        @DefaultValue("2") int workers,
        @DefaultValue("1000") int problemsShown,
        @DefaultValue("true") boolean warmUp) {}
