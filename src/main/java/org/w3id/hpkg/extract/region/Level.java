package org.w3id.hpkg.extract.region;

/**
 * The level of a division: the country, a province (省级), a prefecture (地级), a county (县级: counties,
 * districts, county-level cities, banners), a statistical zone (开发区, 新区: county-level in the statistics
 * codes, not in GB/T 2260) and a township (乡级: towns, townships, sub-districts, 苏木).
 */
public enum Level {
    COUNTRY("country", 0), PROVINCE("province", 1), PREFECTURE("prefecture", 2), COUNTY("county", 3),
    ZONE("zone", 3), TOWNSHIP("township", 4);

    private final String id;
    private final int depth;

    Level(String id, int depth) {
        this.id = id;
        this.depth = depth;
    }

    /** The level's name in the gazetteer's tables. */
    public String id() {
        return id;
    }

    /** 0 for the country, 4 for townships; a zone is as deep as a county. */
    public int depth() {
        return depth;
    }

    static Level of(String id) {
        for (Level level : values()) {
            if (level.id.equals(id)) {
                return level;
            }
        }
        throw new IllegalArgumentException("no such level: " + id);
    }
}
