package org.w3id.hpkg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.extract.Gazetteer;
import org.w3id.hpkg.extract.Region;

/**
 * The other regions a generated plan can name, as the plan writes them: the regions enclosing its own
 * (a county's prefecture and province), those inside it (a prefecture's counties, a province's
 * prefectures and counties), and others (the counties of the same prefecture, or, where the gazetteer has
 * none, regions of the same level elsewhere). Only regions that issue plans are named. A name that several
 * regions share (鼓楼区 is in four prefectures) is written after its prefecture's ({@code 福州市鼓楼区}), as
 * plans do, so that the extractor can tell which one is meant.
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

    RegionNeighbours(Gazetteer gazetteer, List<Region> regions) {
        Map<String, Integer> names = new HashMap<>();
        gazetteer.all().forEach(r -> names.merge(r.name(), 1, Integer::sum));
        for (Region region : regions) {
            List<String> above = new ArrayList<>();
            List<String> inside = new ArrayList<>();
            List<String> siblings = new ArrayList<>();
            List<String> sameLevel = new ArrayList<>();
            for (Region other : regions) {
                String written = names.get(other.name()) > 1 && gazetteer.parent(other) != null
                        ? gazetteer.parent(other).name() + other.name() : other.name();
                if (other.equals(region)) {
                    continue;
                } else if (gazetteer.within(region, other)) {
                    above.add(written);
                } else if (gazetteer.within(other, region)) {
                    inside.add(written);
                } else if (region.parentCode() != null && region.parentCode().equals(other.parentCode())) {
                    siblings.add(written);
                } else if (level(other) == level(region)) {
                    sameLevel.add(written);
                }
            }
            byCode.put(region.code(), new Neighbours(names.get(region.name()) > 1, above, inside,
                    siblings.isEmpty() ? sameLevel : siblings));
        }
    }

    Neighbours of(Region region) {
        return byCode.get(region.code());
    }

    /** 0 province, 1 prefecture, 2 county, read from the GB/T 2260 code. */
    static int level(Region region) {
        return region.code().endsWith("0000") ? 0 : region.code().endsWith("00") ? 1 : 2;
    }
}
