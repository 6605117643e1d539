package org.w3id.hpkg.normalize;

/** Text decoded from a file's bytes, with the encoding it was read in. */
public record DecodedText(String text, String encoding) {}
