package org.w3id.hpkg.extract.region;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * A jurisdiction inferred from the places a plan's text names (its towns, villages' townships, its
 * county), for plans whose header names no region (卫生健康局2021年度工作计划). Each name that means one division
 * only counts for that division and those it lies within; from the country down, the region followed is
 * the one holding at least {@value #DOMINANCE} of all names and {@value #MIN_NAMES} of them; only a county
 * reached so, with at least two places inside it named, is inferred. It must be of the kind the plan calls itself ({@code 全县} a county,
 * {@code 全市} a city, {@code 全区} a district: {@code jurisdiction-self-references.tsv}); a plan that
 * does not say is given none. Confidence: the share of names in the region, less where there are few.
 * Weak evidence gives no region at all: a wrong region is worse than none.
 */
final class JurisdictionInference {

    static final double DOMINANCE = 0.75;
    static final int MIN_NAMES = 3;
    /** Below this confidence no jurisdiction is inferred. */
    static final BigDecimal THRESHOLD = new BigDecimal("0.60");

    private final Gazetteer gazetteer;
    private final Map<String, String> selfReferences = new LinkedHashMap<>();

    JurisdictionInference(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (String[] row : DataTable.load("extract/jurisdiction-self-references.tsv").rows()) {
            selfReferences.put(row[0], row[1]);
        }
    }

    Jurisdiction infer(String text, List<PlaceMention> mentions) {
        String kind = selfKind(text);
        if (kind == null) {
            return null;
        }
        List<PlaceMention> sure = mentions.stream()
                .filter(m -> m.regions().size() == 1 && m.regions().get(0).level() != Level.COUNTRY).toList();
        if (sure.size() < MIN_NAMES) {
            return null;
        }
        Map<Region, Integer> support = new HashMap<>();
        for (PlaceMention m : sure) {
            for (Region r = m.regions().get(0); r != null; r = gazetteer.parent(r)) {
                support.merge(r, 1, Integer::sum);
            }
        }
        List<Region> chain = new ArrayList<>();
        Region at = gazetteer.country();
        while (at.level().depth() < Level.COUNTY.depth()) {
            Region next = gazetteer.children(at).stream().filter(support::containsKey)
                    .max((a, b) -> Integer.compare(support.get(a), support.get(b))).orElse(null);
            if (next == null || support.get(next) < MIN_NAMES || support.get(next) < DOMINANCE * sure.size()) {
                break;
            }
            chain.add(next);
            at = next;
        }
        // only a county is inferred: names alone cannot tell a prefecture's (or an autonomous region's) plan
        // naming its counties from a county's plan naming its prefecture and neighbours (全区 is both a
        // district's and 新疆's word)
        Region county = chain.isEmpty() ? null : chain.get(chain.size() - 1);
        if (county == null || county.level().depth() != Level.COUNTY.depth() || !isKind(county, kind)) {
            return null;
        }
        // names of places inside the county (its towns), not only of the county itself
        long inside = sure.stream().filter(m -> !m.regions().get(0).equals(county)
                && gazetteer.within(m.regions().get(0), county)).count();
        return inside >= 2 ? inferred(county, support.get(county), sure) : null;
    }

    private Jurisdiction inferred(Region region, int names, List<PlaceMention> sure) {
        double share = (double) names / sure.size();
        double fewness = Math.min(1.0, names / 5.0);
        BigDecimal confidence = BigDecimal.valueOf(share * fewness).setScale(2, RoundingMode.HALF_UP);
        if (confidence.compareTo(THRESHOLD) < 0) {
            return null;
        }
        List<Jurisdiction.Evidence> evidence = sure.stream()
                .filter(m -> gazetteer.within(m.regions().get(0), region))
                .map(m -> new Jurisdiction.Evidence(m.words(), m.begin(), m.end())).toList();
        return new Jurisdiction(region, true, confidence, evidence);
    }

    /** The kind of division the plan calls itself most often (全县 → county), or null. */
    private String selfKind(String text) {
        Map<String, Integer> counts = new HashMap<>();
        selfReferences.forEach((words, kind) -> {
            int n = 0;
            for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length())) {
                n++;
            }
            if (n > 0) {
                counts.merge(kind, n, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Whether a county-level region is of the kind a plan calls itself (县 and 旗, 市, 区). */
    private static boolean isKind(Region county, String kind) {
        String name = county.name();
        return switch (kind) {
            case "county" -> name.endsWith("县") || name.endsWith("旗");
            case "city" -> name.endsWith("市");
            case "district" -> name.endsWith("区");
            default -> false;
        };
    }
}
