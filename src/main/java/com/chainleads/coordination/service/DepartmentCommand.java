package com.chainleads.coordination.service;

/** A department as the administrator enters it: a code (new departments only), the Chinese and English names. */
public record DepartmentCommand(String code, String nameZh, String nameEn) {}
