package org.w3id.hpkg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Region;

/**
 * The other regions a generated plan can name, as the plan writes them: the regions enclosing its own
 * (a county's prefecture and province), those inside it (a prefecture's counties, a province's
 * prefectures and counties), and others (the other regions of the same parent: the counties of the same
 * prefecture, the other provinces). Only regions that issue plans are named. A name that several regions
 * share (鼓楼区 is in four prefectures) or that is also an ordinary word (城区) is written after its parent's
 * ({@code 福州市鼓楼区}), as plans do, so that the extractor can tell which one is meant.
 */
final class RegionNeighbours {

    /**
     * Names of other regions, as a plan writes them, by relation to the plan's region.
     *
     * @param nameShared whether another region has the plan's region's name (a plan's head that names
     *     it alone does not say which region it is)
     */
    record Neighbours(boolean nameShared, List<String> above, List<String> inside, List<String> elsewhere) {

        Neighbours {
            above = List.copyOf(above);
            inside = List.copyOf(inside);
            elsewhere = List.copyOf(elsewhere);
        }

        List<String> get(String relation) {
            return switch (relation) {
                case "above" -> above;
                case "inside" -> inside;
                case "elsewhere" -> elsewhere;
                default -> throw new IllegalArgumentException(relation);
            };
        }
    }

    private final Map<String, Neighbours> byCode = new HashMap<>();

    /** Computed from the gazetteer's parent links (linear in the regions: the country has thousands). */
    RegionNeighbours(Gazetteer gazetteer, List<Region> regions) {
        Set<String> issuing = new HashSet<>();
        regions.forEach(r -> issuing.add(r.code()));
        for (Region region : regions) {
            List<String> above = new ArrayList<>();
            for (Region up = gazetteer.parent(region); up != null; up = gazetteer.parent(up)) {
                if (issuing.contains(up.code())) {
                    above.add(gazetteer.writtenName(up));
                }
            }
            List<String> inside = new ArrayList<>();
            for (Region child : gazetteer.children(region)) {
                if (issuing.contains(child.code())) {
                    inside.add(gazetteer.writtenName(child));
                    for (Region grandchild : gazetteer.children(child)) {
                        if (issuing.contains(grandchild.code())) {
                            inside.add(gazetteer.writtenName(grandchild));
                        }
                    }
                }
            }
            List<String> siblings = new ArrayList<>();
            Region parent = gazetteer.parent(region);
            for (Region other : parent == null ? List.<Region>of() : gazetteer.children(parent)) {
                if (!other.equals(region) && issuing.contains(other.code())) {
                    siblings.add(gazetteer.writtenName(other));
                }
            }
            byCode.put(region.code(), new Neighbours(gazetteer.nameShared(region), above, inside, siblings));
        }
    }

    Neighbours of(Region region) {
        return byCode.get(region.code());
    }

}
