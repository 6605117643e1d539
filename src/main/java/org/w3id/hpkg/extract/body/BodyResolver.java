package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * Reads the names a plan prints for bodies as entities: one body per full name within the place whose
 * government it belongs to. National bodies by their table ({@code 卫生健康委} in a national plan, and
 * {@code 国家卫健委} anywhere, is 国家卫生健康委员会); a level word stands for the nearest place of that
 * level from the plan's jurisdiction up ({@code 省卫生健康委} in a 江西 county's plan is
 * 江西省卫生健康委员会, {@code 市疾控中心} its prefecture's centre); a place named in full opens the name
 * ({@code 吴忠市卫健委}); a bare department stem is the plan's own ({@code 医保局} in a county plan); the
 * units inside the issuing body lose the word that only says "the bureau's" ({@code 局医政药政管理岗位}).
 * Whatever cannot be told is kept as printed, within the plan's jurisdiction. The words are tables under
 * {@code extract/body/}.
 */
public final class BodyResolver {

    private record Named(String name, Place place, boolean internal) {}

    private record Level(String word, String ending) {}

    private final Map<String, String> national = new HashMap<>();
    private final Map<String, String> nationalInNationalPlans = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, String> infixStems = new LinkedHashMap<>();
    private final List<Level> levels = new ArrayList<>();
    private final String blockers;
    private final List<String> internalSuffixes = new ArrayList<>();
    private final List<String> internalPrefixes = new ArrayList<>();
    private final List<String> collectiveOpeners;
    private final List<String> parentNamed = new ArrayList<>();
    private final List<String> notParentNamed = new ArrayList<>();
    private final SectorScheme sectors;

    public BodyResolver(SectorScheme sectors) {
        this.sectors = sectors;
        for (String[] row : DataTable.load("extract/body/national-bodies.tsv").rows()) {
            national.put(row[0], row[0]);
            forms(row, 1).forEach(f -> national.put(f, row[0]));
            forms(row, 2).forEach(f -> nationalInNationalPlans.put(f, row[0]));
        }
        for (String[] row : DataTable.load("extract/body/local-bodies.tsv").rows()) {
            for (String stem : forms(row, 1)) {
                (stem.contains("{level}") ? infixStems : stems).put(stem, row[0]);
            }
        }
        for (String[] row : DataTable.load("extract/body/level-words.tsv").rows()) {
            levels.add(new Level(row[0], row[1]));
        }
        levels.sort(Comparator.comparingInt((Level l) -> l.word().length()).reversed());
        blockers = String.join("", DataTable.load("extract/body/level-stem-blockers.tsv").column(0));
        for (String[] row : DataTable.load("extract/body/internal-units.tsv").rows()) {
            (row[0].equals("PREFIX") ? internalPrefixes : internalSuffixes).add(row[1]);
        }
        internalPrefixes.sort(Comparator.comparingInt(String::length).reversed());
        collectiveOpeners = DataTable.load("extract/body/collective-openers.tsv").column(0);
        for (String ending : DataTable.load("extract/body/parent-named-places.tsv").column(0)) {
            (ending.startsWith("!") ? notParentNamed : parentNamed).add(ending.replaceFirst("^!", ""));
        }
    }

    private static List<String> forms(String[] row, int column) {
        List<String> out = new ArrayList<>();
        if (row.length > column) {
            for (String f : row[column].split(",")) {
                if (!f.isBlank()) {
                    out.add(f.strip());
                }
            }
        }
        return out;
    }

    /** The issuer and the printed names of one plan, each as a body. */
    public DocumentBodies resolve(String issuer, Collection<String> printed, BodyScope scope) {
        boolean nationalPlan = scope.national() || scope.jurisdiction() == null && namesNationalBodies(issuer, printed);
        Body issuerBody = issuer == null ? null : body(issuer, scope, nationalPlan, null);
        String issuerSector = issuerBody == null ? null : issuerBody.sector();
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (String name : printed) {
            bodies.computeIfAbsent(name, n -> body(n, scope, nationalPlan, issuerSector));
        }
        unifyUnitsPrintedWithoutTheirSuffix(bodies);
        return new DocumentBodies(issuerBody, bodies);
    }

    /**
     * A unit of the issuer printed once without its kind ({@code 局综合医改与信息化}, where the list it stood in
     * gave no suffix to share) is the unit the plan names elsewhere with it ({@code 综合医改与信息化岗位}).
     */
    private void unifyUnitsPrintedWithoutTheirSuffix(Map<String, Body> bodies) {
        Map<String, Body> units = new HashMap<>();
        bodies.values().forEach(b -> units.putIfAbsent(b.name(), b));
        for (Map.Entry<String, Body> e : bodies.entrySet()) {
            String p = e.getKey();
            if (internalSuffixes.stream().anyMatch(p::endsWith)) {
                continue;
            }
            for (String prefix : internalPrefixes) {
                if (!p.startsWith(prefix) || p.length() <= prefix.length() + 1) {
                    continue;
                }
                for (String suffix : internalSuffixes) {
                    Body unit = units.get(p.substring(prefix.length()) + suffix);
                    if (unit != null && java.util.Objects.equals(e.getValue().place(), unit.place())) {
                        e.setValue(unit);
                    }
                }
            }
        }
    }

    /**
     * For a plan that names no region: whether it is the country's, by its issuer (国务院办公厅) or by the
     * bodies it names (national bodies, none with a level word: 国家医保局、财政部、教育部), so that its bare
     * stems are the national bodies (卫生健康委 is 国家卫生健康委员会).
     */
    private boolean namesNationalBodies(String issuer, Collection<String> printed) {
        if (issuer != null && national.containsKey(issuer)) {
            return true;
        }
        long nationalNames = printed.stream().filter(national::containsKey).count();
        boolean levelled = printed.stream().anyMatch(p -> levels.stream().anyMatch(l -> p.startsWith(l.word())));
        return nationalNames >= 2 && !levelled;
    }

    private Body body(String printed, BodyScope scope, boolean nationalPlan, String issuerSector) {
        Named n = name(printed.strip(), scope, nationalPlan);
        String sector = n.internal() && issuerSector != null ? issuerSector : sectors.classify(n.name());
        return new Body(n.name(), n.place(), sector);
    }

    private Named name(String p, BodyScope scope, boolean nationalPlan) {
        Place own = scope.jurisdiction() != null ? scope.jurisdiction() : nationalPlan ? scope.nation() : null;
        String full = national.get(p);
        if (full == null && nationalPlan) {
            full = nationalInNationalPlans.get(p);
        }
        if (full != null) {
            return new Named(full, scope.nation(), false);
        }
        if (collectiveOpeners.stream().anyMatch(p::startsWith)) {
            return new Named(p, own, false);
        }
        Named local = placed(p, scope);
        if (local != null) {
            return local;
        }
        if (own != null && !nationalPlan && stems.containsKey(p)) {
            return new Named(fill(stems.get(p), own), own, false);
        }
        for (String suffix : internalSuffixes) {
            if (p.endsWith(suffix)) {
                return new Named(withoutInternalPrefix(p, suffix), own, true);
            }
        }
        // 局规划发展: opened by "the bureau's", a unit of the issuer all the same
        boolean unit = internalPrefixes.stream().anyMatch(x -> p.startsWith(x) && p.length() > x.length() + 1);
        return new Named(p, own, unit);
    }

    /** A name opened by a place's name or a level word, or null. */
    private Named placed(String p, BodyScope scope) {
        List<Place> places = places(scope);
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            String rest = afterNames(p, places.subList(i, places.size()));
            if (rest != null && !rest.isEmpty() && rest.length() < p.length()) {
                String local = local(place, rest);
                if (local != null) {
                    return new Named(local, place, false);
                }
            }
        }
        Place named = scope.namedPlace().apply(p);
        int at = named == null ? -1 : p.indexOf(named.name());
        if (at >= 0 && p.length() > at + named.name().length()) {
            String local = local(named, p.substring(at + named.name().length()));
            if (local != null) {
                return new Named(local, named, false);
            }
        }
        for (Map.Entry<String, String> infix : infixStems.entrySet()) {
            for (Level level : levels) {
                if (p.equals(infix.getKey().replace("{level}", level.word()))) {
                    Place place = nearest(scope, level);
                    return place == null ? null : new Named(fill(infix.getValue(), place), place, false);
                }
            }
        }
        for (Level level : levels) {
            if (p.startsWith(level.word()) && p.length() > level.word().length()
                    && blockers.indexOf(p.charAt(level.word().length())) < 0) {
                Place place = nearest(scope, level);
                String local = place == null ? null : local(place, p.substring(level.word().length()));
                return local == null ? null : new Named(local, place, false);
            }
        }
        return null;
    }

    /** The full name of a department of a place: its stem's full form, or the place's name and the stem. */
    private String local(Place place, String stem) {
        String template = stems.get(stem);
        if (template != null) {
            return fill(template, place);
        }
        return stem.length() >= 2 ? fullName(place) + stem : null;
    }

    private String fill(String template, Place place) {
        String name = fullName(place);
        return template.contains("{place}") ? template.replace("{place}", name) : name + template;
    }

    /** The place's name as its bodies' full names carry it: a district's with its city's (福州市鼓楼区). */
    private String fullName(Place place) {
        boolean withParent = place.parent() != null && !place.parent().code().equals(Place.NATION_CODE)
                && parentNamed.stream().anyMatch(place.name()::endsWith)
                && notParentNamed.stream().noneMatch(place.name()::endsWith);
        return withParent ? place.parent().name() + place.name() : place.name();
    }

    /** The plan's own place and those above it, the country left out (no body's name opens with it). */
    private static List<Place> places(BodyScope scope) {
        return scope.chain().stream().filter(p -> !p.code().equals(scope.nation().code())).toList();
    }

    private static Place nearest(BodyScope scope, Level level) {
        for (Place place : places(scope)) {
            if (place.name().endsWith(level.ending())) {
                return place;
            }
        }
        return null;
    }

    /**
     * What follows the names of {@code places} (nearest first: the place, then those above it) opening a
     * body's name, the place's own name last ({@code 河南省平顶山市卫东区卫健委} for 卫东区 → 卫健委), or null
     * when the place's name does not open it so.
     */
    private String afterNames(String p, List<Place> places) {
        String rest = p;
        for (int i = places.size() - 1; i > 0; i--) {
            for (String form : List.of(places.get(i).name(), shortName(places.get(i)))) {
                if (form.length() >= 2 && rest.startsWith(form)) {
                    rest = rest.substring(form.length());
                    break;
                }
            }
        }
        for (String form : List.of(places.get(0).name(), shortName(places.get(0)))) {
            if (form.length() >= 2 && rest.startsWith(form)) {
                return rest.substring(form.length());
            }
        }
        return null;
    }

    /** 江西省 → 江西: the name without the word for its level, where two characters or more remain. */
    private String shortName(Place place) {
        for (Level level : levels) {
            String name = place.name();
            if (name.endsWith(level.ending()) && name.length() - level.ending().length() >= 2) {
                return name.substring(0, name.length() - level.ending().length());
            }
        }
        return "";
    }

    private String withoutInternalPrefix(String p, String suffix) {
        for (String prefix : internalPrefixes) {
            if (p.startsWith(prefix) && p.length() - prefix.length() >= suffix.length() + 1) {
                return p.substring(prefix.length());
            }
        }
        return p;
    }
}
