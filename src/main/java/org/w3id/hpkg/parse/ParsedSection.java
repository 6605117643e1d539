package org.w3id.hpkg.parse;

/** A top-level heading that groups tasks ({@code 一、…}). Ordinal is 1-based in document order. */
public record ParsedSection(int ordinal, String number, String heading, Span span) {}
