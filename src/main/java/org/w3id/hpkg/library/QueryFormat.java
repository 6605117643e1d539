package org.w3id.hpkg.library;

/** Output formats of {@code hpkg query}: result tables for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum QueryFormat {
    TABLE,
    CSV,
    TSV,
    JSON,
    XML,
    TTL,
    NT,
    JSONLD
}
