package com.chainleads.transfer.service;

/** One problem of one row: its Excel row number, the column header as it stands in the file, the message. */
public record RowProblem(int rowNumber, String column, String message) {}
