package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.store.GraphStore;

/**
 * {@code indicator-spread} on 130 generated plans, against the same answer worked out here from a plain
 * listing of every target in scope: per indicator family and unit, the regions (a plan's jurisdiction, or
 * the plan itself), lowest, highest, number of targets and where the lowest and highest were set. Without
 * {@code within} the query reads the statistics graph the rebuild wrote; with it, the region's targets:
 * both must give this answer.
 */
class IndicatorSpreadIT {

    private static final String LISTING = """
            SELECT ?target ?key ?name ?unit ?value ?area ?where WHERE {
              VALUES (?within) { ("") }
              ?task hp:document ?doc ; hp:hasTarget ?target .
              # like with like, as the statistics compare: the normalized unit and value, a change apart
              ?target hp:indicator ?ind ; hp:normalizedValue ?value ; hp:normalizedUnit ?u .
              OPTIONAL { ?target hp:changeDirection ?d }
              BIND (CONCAT(?u, COALESCE(CONCAT(" ", STRAFTER(STR(?d), "#")), "")) AS ?unit)
              ?ind hp:indicatorKey ?key ; rdfs:label ?name .
              ?doc hp:sourceFile ?file .
              OPTIONAL { ?doc hp:jurisdiction ?j . ?j rdfs:label ?label }
              FILTER (?within = "" || BOUND(?j) && EXISTS { ?j hp:within* ?w . ?w rdfs:label ?within })
              BIND (COALESCE(?j, ?doc) AS ?area)
              BIND (COALESCE(?label, ?file) AS ?where)
            }""";

    private static Dataset dataset;
    private static QueryLibrary library;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        new CorpusGenerator(7).write(dir.resolve("corpus"), 130, 2);
        AnalystCorpus.rebuild(dir.resolve("corpus"), dir.resolve("store"));
        dataset = GraphStore.openCurrent(dir.resolve("store"));
        library = QueryLibrary.standard();
    }

    /** One row of the expected answer. */
    private static final class Family {
        final Set<Node> areas = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        BigDecimal lowest;
        BigDecimal highest;
        long targets;
        final Set<String> lowestIn = new TreeSet<>();
        final Set<String> highestIn = new TreeSet<>();

        String line() {
            return String.join(" | ", String.valueOf(areas.size()), lowest.stripTrailingZeros().toPlainString(),
                    highest.stripTrailingZeros().toPlainString(),
                    highest.subtract(lowest).stripTrailingZeros().toPlainString(), String.valueOf(targets),
                    String.join("; ", lowestIn), String.join("; ", highestIn));
        }
    }

    @ParameterizedTest
    @CsvSource({"3,''", "0,''", "2,''", "3,福建省", "0,福建省", "3,河南省"})
    void theAnswerIsTheOneWorkedOutFromEveryTargetInScope(int tail, String within) {
        Map<String, String> params = Map.of("tail", String.valueOf(tail), "within", within);
        Map<String, String> expected = expected(tail, within);
        assertTrue(expected.size() >= 3, "a question worth asking: " + expected.keySet());

        ResultTable t = ResultTable.select(dataset, library.get("indicator-spread").withParameters(params));
        Map<String, String> actual = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            actual.put(t.text(i, "indicator") + " " + t.text(i, "unit"), String.join(" | ", t.text(i, "regions"),
                    plain(t.text(i, "lowest")), plain(t.text(i, "highest")), plain(t.text(i, "spread")), t.text(i, "targets"),
                    sorted(t.text(i, "lowestIn")), sorted(t.text(i, "highestIn"))));
        }
        assertEquals(expected, actual);
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.number(i - 1, "spread") >= t.number(i, "spread"), "widest spread first");
        }
    }

    private static Map<String, String> expected(int tail, String within) {
        Query listing = QueryRunner.parse(LISTING);
        QueryParameters.apply(listing, new HashMap<>(Map.of("within", within)));
        ResultTable targets = ResultTable.select(dataset, listing);
        Map<String, Family> families = new TreeMap<>();
        Map<String, List<Integer>> rowsOf = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            String key = targets.text(i, "key");
            String family = tail > 0 && key.length() > tail ? key.substring(key.length() - tail) : key;
            String id = family + " " + targets.text(i, "unit");
            Family f = families.computeIfAbsent(id, k -> new Family());
            BigDecimal value = new BigDecimal(targets.text(i, "value"));
            f.areas.add(targets.rows().get(i).get("area"));
            f.lowest = f.lowest == null || value.compareTo(f.lowest) < 0 ? value : f.lowest;
            f.highest = f.highest == null || value.compareTo(f.highest) > 0 ? value : f.highest;
            rowsOf.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(i);
        }
        Map<String, String> expected = new TreeMap<>();
        families.forEach((id, f) -> {
            Set<String> counted = new TreeSet<>();
            for (int i : rowsOf.get(id)) {
                BigDecimal value = new BigDecimal(targets.text(i, "value"));
                String where = targets.text(i, "where") + " " + targets.text(i, "name");
                counted.add(targets.text(i, "target")); // listed once per label of its indicator
                if (value.compareTo(f.lowest) == 0) {
                    f.lowestIn.add(where);
                }
                if (value.compareTo(f.highest) == 0) {
                    f.highestIn.add(where);
                }
            }
            f.targets = counted.size();
            if (f.areas.size() > 1) {
                expected.put(id, f.line());
            }
        });
        return expected;
    }

    private static String plain(String decimal) {
        return new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    private static String sorted(String places) {
        return String.join("; ", new TreeSet<>(Arrays.asList(places.split("; "))));
    }
}
