package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * The bodies of provinces, prefectures and counties as their plans print them. A level word stands for the
 * nearest place of that level from the plan's jurisdiction up ({@code 省卫生健康委} in a 江西 county's plan is
 * 江西省卫生健康委员会, {@code 市疾控中心} its prefecture's centre, {@code 区卫健委} in a 宁夏 county's plan the
 * autonomous region's); a place named in full, or by its short name, opens the name ({@code 吴忠市卫健委},
 * {@code 江西卫健委}); a stem takes its full form ({@code 卫健委} → 卫生健康委员会, {@code 团县委} →
 * 共青团…县委员会); a district's bodies carry its city's name (福州市鼓楼区卫生健康局). The words are the tables
 * {@code local-bodies.tsv}, {@code level-words.tsv}, {@code level-stem-blockers.tsv} and
 * {@code parent-named-places.tsv} under {@code extract/body/}.
 */
final class LocalNames {

    /** A body's full name and the place whose government it belongs to. */
    record Placed(String name, Place place) {}

    private record Level(String word, String ending) {}

    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, String> infixStems = new LinkedHashMap<>();
    private final List<Level> levels = new ArrayList<>();
    private final String blockers;
    private final List<String> parentNamed = new ArrayList<>();
    private final List<String> notParentNamed = new ArrayList<>();

    LocalNames() {
        for (String[] row : DataTable.load("extract/body/local-bodies.tsv").rows()) {
            for (String stem : BodyResolver.forms(row, 1)) {
                (stem.contains("{level}") ? infixStems : stems).put(stem, row[0]);
            }
        }
        for (String[] row : DataTable.load("extract/body/level-words.tsv").rows()) {
            levels.add(new Level(row[0], row[1]));
        }
        levels.sort(Comparator.comparingInt((Level l) -> l.word().length()).reversed());
        blockers = String.join("", DataTable.load("extract/body/level-stem-blockers.tsv").column(0));
        for (String ending : DataTable.load("extract/body/parent-named-places.tsv").column(0)) {
            (ending.startsWith("!") ? notParentNamed : parentNamed).add(ending.replaceFirst("^!", ""));
        }
    }

    /** Whether a printed name opens with a level word (省卫生健康委, 县医保局). */
    boolean opensWithALevel(String printed) {
        return levels.stream().anyMatch(l -> printed.startsWith(l.word()));
    }

    /** A bare stem of the table as the department of {@code place} ({@code 医保局} → 同心县医疗保障局), or null. */
    String department(Place place, String stem) {
        String template = stems.get(stem);
        return template == null ? null : fill(template, place);
    }

    /** A name opened by a place's name or a level word, or null. */
    Placed placed(String p, BodyScope scope) {
        List<Place> places = places(scope);
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            String rest = afterNames(p, places.subList(i, places.size()));
            if (rest != null && !rest.isEmpty() && rest.length() < p.length()) {
                String local = local(place, rest);
                if (local != null) {
                    return new Placed(local, place);
                }
            }
        }
        // a place's name ends with the word for its level (省, 市, 县…): without one, the gazetteer need not look
        Place named = levels.stream().anyMatch(l -> p.contains(l.ending())) ? scope.namedPlace().apply(p) : null;
        int at = named == null ? -1 : p.indexOf(named.name());
        if (at >= 0 && p.length() > at + named.name().length()) {
            String local = local(named, p.substring(at + named.name().length()));
            if (local != null) {
                return new Placed(local, named);
            }
        }
        for (Map.Entry<String, String> infix : infixStems.entrySet()) {
            for (Level level : levels) {
                if (p.equals(infix.getKey().replace("{level}", level.word()))) {
                    Place place = nearest(scope, level);
                    return place == null ? null : new Placed(fill(infix.getValue(), place), place);
                }
            }
        }
        for (Level level : levels) {
            if (p.startsWith(level.word()) && p.length() > level.word().length()
                    && blockers.indexOf(p.charAt(level.word().length())) < 0) {
                Place place = nearest(scope, level);
                String local = place == null ? null : local(place, p.substring(level.word().length()));
                return local == null ? null : new Placed(local, place);
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

}
