package org.w3id.hpkg.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * The phrase banks the corpus generator writes plans from ({@code src/main/resources/hpkg/bench/*.tsv}):
 * section headings, task headings, running sentences, rate and count targets, units for field blocks and
 * leaders' names, grouped by policy area so that a generated section reads coherently; and sentences that
 * name another region, by how that region relates to the plan's own ({@code mentions.tsv}).
 */
final class PlanPhrases {

    /** A rate indicator and the range its values are drawn from; {@code up} means "reach at least". */
    record Rate(String area, String indicator, boolean up, BigDecimal low, BigDecimal high, String unit) {}

    /** A counted thing: verb + value + unit + thing ("创建3个国家卫生乡镇"). */
    record Count(String area, String verb, String unit, String thing, int low, int high) {}

    final List<String> areas = new ArrayList<>();
    final Map<String, List<String>> sections = new LinkedHashMap<>();
    final Map<String, List<String>> tasks = new LinkedHashMap<>();
    final Map<String, List<String>> sentences = new LinkedHashMap<>();
    final List<String> anySentences = new ArrayList<>();
    final Map<String, List<Rate>> rates = new LinkedHashMap<>();
    final Map<String, List<Count>> counts = new LinkedHashMap<>();
    final Map<String, List<String>> bodies = new LinkedHashMap<>();
    final List<String> surnames = new ArrayList<>();
    final List<List<String>> givenNames = new ArrayList<>();
    /** Sentences naming another region, by relation ({@link #MENTION_RELATIONS}); the gap is {@code {relation}}. */
    final Map<String, List<String>> mentions = new LinkedHashMap<>();

    /** How a region a sentence names relates to the plan's own: enclosing it, inside it, or neither. */
    static final List<String> MENTION_RELATIONS = List.of("above", "inside", "elsewhere");

    PlanPhrases() {
        for (String[] row : DataTable.load("bench/sections.tsv").rows()) {
            if (!sections.containsKey(row[0])) {
                areas.add(row[0]);
            }
            sections.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        group("bench/tasks.tsv", tasks);
        for (String[] row : DataTable.load("bench/sentences.tsv").rows()) {
            if (row[0].equals("*")) {
                anySentences.add(row[1]);
            } else {
                sentences.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
        }
        for (String[] row : DataTable.load("bench/rates.tsv").rows()) {
            rates.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Rate(row[0], row[1], row[2].equals("UP"),
                    new BigDecimal(row[3]), new BigDecimal(row[4]), row[5]));
        }
        for (String[] row : DataTable.load("bench/counts.tsv").rows()) {
            counts.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Count(row[0], row[1], row[2], row[3],
                    Integer.parseInt(row[4]), Integer.parseInt(row[5])));
        }
        group("bench/bodies.tsv", bodies);
        for (String[] row : DataTable.load("bench/names.tsv").rows()) {
            surnames.add(row[0]);
            givenNames.add(List.of(row[1].split(",")));
        }
        group("bench/mentions.tsv", mentions);
        for (Map.Entry<String, List<String>> e : mentions.entrySet()) {
            String gap = "{" + e.getKey() + "}";
            for (String sentence : e.getValue()) {
                if (!MENTION_RELATIONS.contains(e.getKey()) || sentence.indexOf(gap) < 0
                        || sentence.indexOf(gap) != sentence.lastIndexOf(gap) || sentence.replace(gap, "").contains("{")) {
                    throw new IllegalStateException("bench/mentions.tsv: '" + sentence + "' must hold the one gap "
                            + "of its relation (" + String.join(", ", MENTION_RELATIONS) + ")");
                }
            }
        }
        if (!mentions.keySet().containsAll(MENTION_RELATIONS)) {
            throw new IllegalStateException("bench/mentions.tsv lacks sentences of a relation: " + mentions.keySet());
        }
        for (String area : areas) {
            for (Map<String, ?> bank : List.of(tasks, sentences, rates, counts)) {
                if (!bank.containsKey(area)) {
                    throw new IllegalStateException("bench phrase banks: area '" + area + "' lacks tasks, sentences, "
                            + "rates or counts");
                }
            }
        }
    }

    private static void group(String table, Map<String, List<String>> into) {
        for (String[] row : DataTable.load(table).rows()) {
            into.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
    }
}
