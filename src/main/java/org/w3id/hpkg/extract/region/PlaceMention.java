package org.w3id.hpkg.extract.region;

import java.util.List;

/**
 * A division's name as a text uses it, at {@code begin}–{@code end}, with the divisions it may mean
 * (several where they share the name).
 */
public record PlaceMention(int begin, int end, String words, List<Region> regions) {

    public PlaceMention {
        regions = List.copyOf(regions);
    }
}
