package org.w3id.hpkg.extract;

/** An administrative division of the gazetteer; {@code parentCode} is null for provinces. */
public record Region(String code, String name, String parentCode) {}
