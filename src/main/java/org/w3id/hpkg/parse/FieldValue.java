package org.w3id.hpkg.parse;

/** The raw text after a field label, e.g. {@code 杨少平、马正录} after {@code 责任领导：}. */
public record FieldValue(Field field, String label, String value, Span span) {}
