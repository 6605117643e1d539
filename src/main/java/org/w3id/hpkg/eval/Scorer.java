package org.w3id.hpkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.w3id.hpkg.data.DataTable;

/**
 * Scores predictions against gold exactly as {@code data/gold/GUIDELINES.md} ("Scoring") says.
 *
 * <p>Targets, per document: a prediction and a gold target are candidates when value, max and unit are
 * equal (units after folding full-width forms) and their indicators share at least half of their
 * characters (Dice coefficient of character bags ≥ 0.5). Candidates are paired greedily, best overlap
 * first (ties: gold order, then prediction order), each gold target and each prediction at most once.
 * Precision, recall and F1 are summed over all documents; comparator and due-date accuracy are
 * reported among matched pairs.
 *
 * <p>Tasks: the count per document, and for every task of a document whose gold names a field at
 * least once (leaders, lead bodies, cooperating bodies, deadline), whether the predicted task at the
 * same position has exactly the gold set (or date). Body names are compared after folding full-width
 * forms and dropping spaces, a trailing 等 and a trailing word of {@code eval/compared-body-suffixes.tsv}
 * ({@code 岗位}); a body of the graph matches by its full name or any printed form ({@link BodyNames}).
 * Documents whose gold has no tasks file (a dev set annotating only targets or bodies) score no tasks.
 *
 * <p>Bodies per item: every item whose bodies gold names ({@code bodies.tsv}, and the tasks of
 * {@code tasks.tsv} naming bodies) is looked up among the document's tasks by label ({@link ItemScorer}).
 */
public final class Scorer {

    /** The smallest indicator overlap for a match. */
    public static final double MIN_DICE = 0.5;

    private final List<String> bodySuffixes;
    private final BodyNames names;

    public Scorer() {
        this(DataTable.load("eval/compared-body-suffixes.tsv").column(0));
    }

    Scorer(List<String> bodySuffixes) {
        this.bodySuffixes = List.copyOf(bodySuffixes);
        this.names = new BodyNames(bodySuffixes);
    }

    /** Scores every gold document; predicted documents without gold are listed as unscored. */
    public EvalReport score(Annotations gold, Annotations predicted) {
        List<DocumentScore> documents = new ArrayList<>();
        Set<String> unscored = new TreeSet<>(predicted.documents());
        for (String doc : gold.documents()) {
            String found = sameDocument(doc, predicted.documents());
            documents.add(scoreDocument(doc, found, gold, predicted));
            unscored.remove(found);
        }
        return new EvalReport(documents, List.copyOf(unscored), gold.targetsAnnotated());
    }

    /**
     * The graph's name for a gold document: the same file name, else the file of the same stem (a document's
     * identity, as its IRIs are minted from the stem: gold for a PDF scores the graph of its text too).
     */
    static String sameDocument(String doc, Set<String> predicted) {
        if (predicted.contains(doc)) {
            return doc;
        }
        String stem = stem(doc);
        return predicted.stream().filter(p -> stem(p).equals(stem)).findFirst().orElse(doc);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    DocumentScore scoreDocument(String doc, Annotations gold, Annotations predicted) {
        return scoreDocument(doc, doc, gold, predicted);
    }

    private DocumentScore scoreDocument(String doc, String found, Annotations gold, Annotations predicted) {
        List<Mismatch> mismatches = new ArrayList<>();
        // without gold targets every target found would count as spurious: none is scored
        TargetScore targets = !gold.targetsAnnotated() ? TargetScore.NONE
                : scoreTargets(doc, gold.targets(doc), predicted.targets(found), mismatches, gold.changesAnnotated());
        List<TaskRecord> goldTasks = gold.tasks(doc);
        List<TaskRecord> predictedTasks = predicted.tasks(found);
        boolean tasksScored = gold.tasksAnnotated(doc);
        if (tasksScored && goldTasks.size() != predictedTasks.size()) {
            mismatches.add(new Mismatch(doc, 0, "task count", String.valueOf(goldTasks.size()),
                    String.valueOf(predictedTasks.size())));
        }
        Map<TaskField, FieldScore> fields = new EnumMap<>(TaskField.class);
        for (TaskField field : TaskField.values()) {
            fields.put(field, scoreField(doc, found, field, goldTasks, predicted, mismatches));
        }
        FieldScore items = new ItemScorer(names).score(doc, found, gold, predicted, mismatches);
        return new DocumentScore(doc, targets, tasksScored, goldTasks.size(), predictedTasks.size(), fields, items,
                mismatches);
    }

    private FieldScore scoreField(String doc, String predictedDoc, TaskField field, List<TaskRecord> goldTasks,
            Annotations predicted, List<Mismatch> mismatches) {
        boolean named = goldTasks.stream().anyMatch(t -> !isEmpty(t.field(field)));
        if (!named) {
            return FieldScore.NONE;
        }
        int correct = 0;
        for (TaskRecord g : goldTasks) {
            TaskRecord p = predicted.task(predictedDoc, g.ordinal());
            Object expected = g.field(field);
            Object found = p == null ? (field == TaskField.DUE ? "" : Set.of()) : p.field(field);
            if (same(field, expected, found, predicted)) {
                correct++;
            } else {
                mismatches.add(new Mismatch(doc, g.ordinal(), field.title(), show(g.field(field)),
                        p == null ? "(no such task)" : show(p.field(field))));
            }
        }
        return new FieldScore(goldTasks.size(), correct);
    }

    private boolean same(TaskField field, Object expected, Object found, Annotations predicted) {
        if (field == TaskField.LEAD || field == TaskField.COOPERATING) {
            @SuppressWarnings("unchecked")
            Set<String> gold = (Set<String>) expected;
            @SuppressWarnings("unchecked")
            Set<String> bodies = (Set<String>) found;
            return names.same(gold, bodies, predicted.aliases());
        }
        return expected.equals(found);
    }

    /** A body name as compared: without spaces, a trailing 等 or a trailing suffix such as 岗位. */
    String bodyName(String name) {
        return names.normalize(name);
    }

    private static boolean isEmpty(Object value) {
        return value instanceof Set<?> set ? set.isEmpty() : value.toString().isEmpty();
    }

    private static String show(Object value) {
        if (value instanceof Set<?> set) {
            return set.isEmpty() ? "(none)" : set.stream().map(Object::toString).sorted().collect(Collectors.joining("|"));
        }
        return value.toString().isEmpty() ? "(none)" : value.toString();
    }

    private record Candidate(double dice, int gold, int predicted) {}

    TargetScore scoreTargets(String doc, List<TargetRecord> gold, List<TargetRecord> predicted,
            List<Mismatch> mismatches) {
        return scoreTargets(doc, gold, predicted, mismatches, true);
    }

    private TargetScore scoreTargets(String doc, List<TargetRecord> gold, List<TargetRecord> predicted,
            List<Mismatch> mismatches, boolean changes) {
        Map<Integer, Integer> pairs = pairs(candidates(gold, predicted));
        Set<Integer> usedPredictions = new java.util.HashSet<>(pairs.values());
        int comparators = 0;
        int dues = 0;
        for (int g = 0; g < gold.size(); g++) {
            TargetRecord a = gold.get(g);
            Integer p = pairs.get(g);
            if (p == null) {
                mismatches.add(new Mismatch(doc, a.task(), "missed target", a.describe(), ""));
                continue;
            }
            TargetRecord b = predicted.get(p);
            if (a.comparator().equals(b.comparator())) {
                comparators++;
            } else {
                mismatches.add(new Mismatch(doc, a.task(), "comparator of " + a.indicator(), a.comparator(), b.comparator()));
            }
            if (changes && !a.change().equals(b.change()) || !a.baselineYear().isEmpty() && !a.baselineYear().equals(b.baselineYear())) {
                mismatches.add(new Mismatch(doc, a.task(), "change of " + a.indicator(), show((a.change() + " " + a.baselineYear()).strip()),
                        show((b.change() + " " + b.baselineYear()).strip())));
            }
            if (a.due().equals(b.due())) {
                dues++;
            } else {
                mismatches.add(new Mismatch(doc, a.task(), "due date of " + a.indicator(), show(a.due()), show(b.due())));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!usedPredictions.contains(p)) {
                TargetRecord b = predicted.get(p);
                mismatches.add(new Mismatch(doc, b.task(), "spurious target", "", b.describe()));
            }
        }
        return new TargetScore(gold.size(), predicted.size(), pairs.size(), comparators, dues);
    }

    /** Every gold/predicted pair with the same value, maximum and unit and similar indicators, best first. */
    private static List<Candidate> candidates(List<TargetRecord> gold, List<TargetRecord> predicted) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                TargetRecord a = gold.get(g);
                TargetRecord b = predicted.get(p);
                if (sameValue(a, b) && sameMax(a, b) && foldWidth(a.unit()).equals(foldWidth(b.unit()))) {
                    double d = dice(a.indicator(), b.indicator());
                    if (d >= MIN_DICE) {
                        candidates.add(new Candidate(d, g, p));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::dice).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        return candidates;
    }

    /** Greedy one-to-one matching, best candidates first: gold index to predicted index. */
    private static Map<Integer, Integer> pairs(List<Candidate> candidates) {
        Map<Integer, Integer> pairs = new HashMap<>();
        Set<Integer> usedPredictions = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (!pairs.containsKey(c.gold()) && !usedPredictions.contains(c.predicted())) {
                pairs.put(c.gold(), c.predicted());
                usedPredictions.add(c.predicted());
            }
        }
        return pairs;
    }

    /** Equal values; two qualitative targets (no value) compare by indicator alone. */
    private static boolean sameValue(TargetRecord a, TargetRecord b) {
        if (a.qualitative() || b.qualitative()) {
            return a.qualitative() && b.qualitative();
        }
        return a.value().compareTo(b.value()) == 0;
    }

    private static boolean sameMax(TargetRecord a, TargetRecord b) {
        if (a.max() == null || b.max() == null) {
            return a.max() == null && b.max() == null;
        }
        return a.max().compareTo(b.max()) == 0;
    }

    /** Dice coefficient of the two strings' bags (multisets) of characters; 0 when either is empty. */
    public static double dice(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Map<Integer, Integer> bag = new HashMap<>();
        a.codePoints().forEach(c -> bag.merge(c, 1, Integer::sum));
        int[] shared = new int[1];
        b.codePoints().forEach(c -> {
            Integer n = bag.get(c);
            if (n != null && n > 0) {
                bag.put(c, n - 1);
                shared[0]++;
            }
        });
        return 2.0 * shared[0] / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
    }

    /** Full-width ASCII forms to half-width, the ideographic space to a space. */
    public static String foldWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c);
        }
        return out.toString().strip();
    }
}
