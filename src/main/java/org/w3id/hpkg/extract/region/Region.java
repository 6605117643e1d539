package org.w3id.hpkg.extract.region;

/**
 * A division of the gazetteer: a six-digit GB/T 2260 code (nine digits, the statistics code, for a
 * township); {@code parentCode} is null for the country only.
 */
public record Region(String code, String name, String parentCode, Level level) {

    /** Whether the region belongs in listings of regions: every level but townships. */
    public boolean listed() {
        return level != Level.TOWNSHIP;
    }
}
