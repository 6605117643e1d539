package org.w3id.hpkg.conformance;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.eval.Annotations;
import org.w3id.hpkg.eval.GoldReader;
import org.w3id.hpkg.eval.GraphReader;
import org.w3id.hpkg.eval.TargetRecord;
import org.w3id.hpkg.eval.TaskRecord;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.IndicatorKey;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * One conformance case: {@code input.txt} through normalize → parse → extract → rdf into an in-memory
 * graph, tasks and targets read back with the evaluation's SPARQL ({@link GraphReader}), and compared
 * strictly with {@code expected-tasks.tsv} and {@code expected-targets.tsv} (gold formats, doc
 * {@code input.txt}): the same task count, per task the same label, leaders, bodies and due date, and
 * the same targets (indicator key, comparator, value, max, unit, due), each exactly once.
 */
final class CaseRun {

    static final String DOC = "input.txt";
    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(GAZETTEER);
    private static final IndicatorKey KEYS = new IndicatorKey();

    private CaseRun() {}

    static ExtractedDocument extract(Path dir) throws Exception {
        return PIPELINE.process(DOC, Files.readAllBytes(dir.resolve(DOC)));
    }

    /** The case's graph, with the union of its named graphs as default graph, as a store is queried. */
    static Dataset graph(ExtractedDocument doc) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new DocumentMapper(new IriMinter(HP.DEFAULT_BASE)).map(doc, StreamRDFLib.dataset(dsg));
        return DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()));
    }

    /** Tasks and targets read back as the evaluation reads a store. */
    static Annotations predicted(Dataset graph) {
        return new GraphReader(graph).read();
    }

    /**
     * Regions by task ordinal (0: the document's jurisdiction), as gazetteer names joined by |, read
     * with SPARQL; only for cases that have {@code expected-regions.tsv} ({@code task<TAB>regions}).
     */
    static Map<Integer, String> regions(Dataset graph) {
        String query = """
                PREFIX hp: <https://w3id.org/hpkg/ontology#>
                SELECT ?ordinal ?region WHERE {
                  { ?d a hp:PolicyDocument ; hp:jurisdiction ?region BIND (0 AS ?ordinal) }
                  UNION { ?t a hp:Task ; hp:ordinal ?ordinal ; hp:mentionsRegion ?region }
                }""";
        Map<Integer, java.util.Set<String>> names = new java.util.TreeMap<>();
        Txn.executeRead(graph, () -> {
            try (QueryExecution exec = QueryExecution.create(query, graph)) {
                exec.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("region").getURI();
                    String code = iri.substring(iri.lastIndexOf('/') + 1);
                    names.computeIfAbsent(row.getLiteral("ordinal").getInt(), k -> new java.util.TreeSet<>())
                            .add(GAZETTEER.byCode(code).name());
                });
            }
        });
        Map<Integer, String> out = new java.util.TreeMap<>();
        names.forEach((k, v) -> out.put(k, String.join("|", v)));
        return out;
    }

    static Map<Integer, String> expectedRegions(Path dir) throws IOException {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("expected-regions.tsv"))) {
            String[] cells = line.split("\t", -1);
            if (line.isBlank() || cells[0].equals("task")) {
                continue;
            }
            String sorted = String.join("|", new java.util.TreeSet<>(List.of(cells[1].split("\\|"))));
            if (!sorted.isEmpty()) {
                out.put(Integer.parseInt(cells[0]), sorted);
            }
        }
        return out;
    }

    static Annotations expected(Path dir) throws IOException {
        Path targets = dir.resolve("expected-targets.tsv");
        return new GoldReader().read(dir.resolve("expected-tasks.tsv"), Files.exists(targets) ? targets : null);
    }

    /** Every difference, one line each; empty when the case passes. */
    static List<String> differences(Annotations expected, Annotations found) {
        List<String> out = new ArrayList<>();
        List<TaskRecord> want = expected.tasks(DOC);
        List<TaskRecord> got = found.tasks(DOC);
        if (want.size() != got.size()) {
            out.add("task count: expected " + want.size() + ", found " + got.size() + " " + labels(got));
        }
        for (TaskRecord w : want) {
            TaskRecord g = found.task(DOC, w.ordinal());
            if (g == null) {
                continue;
            }
            String at = "task " + w.ordinal() + " ";
            same(out, at + "label", w.label(), g.label());
            same(out, at + "leaders", sorted(w.leaders()), sorted(g.leaders()));
            same(out, at + "lead", sorted(w.lead()), sorted(g.lead()));
            same(out, at + "cooperating", sorted(w.cooperating()), sorted(g.cooperating()));
            same(out, at + "due", w.due(), g.due());
        }
        List<String> wantTargets = new ArrayList<>();
        for (TargetRecord t : expected.targets(DOC)) {
            wantTargets.add(key(t, KEYS.of(t.indicator())));
        }
        List<String> gotTargets = new ArrayList<>();
        for (TargetRecord t : found.targets(DOC)) {
            gotTargets.add(key(t, t.indicator()));
        }
        List<String> missing = new ArrayList<>(wantTargets);
        gotTargets.forEach(missing::remove);
        List<String> extra = new ArrayList<>(gotTargets);
        wantTargets.forEach(extra::remove);
        missing.forEach(m -> out.add("missing target " + m));
        extra.forEach(e -> out.add("unexpected target " + e));
        return out;
    }

    private static String key(TargetRecord t, String indicator) {
        return "[task " + t.task() + "] " + indicator + " " + t.comparator() + " " + plain(t.value())
                + (t.max() == null ? "" : "-" + plain(t.max())) + " “" + t.unit() + "”"
                + (t.due().isEmpty() ? "" : " due " + t.due());
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static void same(List<String> out, String what, String expected, String found) {
        if (!expected.equals(found)) {
            out.add(what + ": expected “" + expected + "”, found “" + found + "”");
        }
    }

    private static String sorted(java.util.Set<String> values) {
        return String.join("|", new java.util.TreeSet<>(values));
    }

    private static String labels(List<TaskRecord> tasks) {
        List<String> labels = new ArrayList<>();
        tasks.forEach(t -> labels.add(t.ordinal() + ":" + t.label()));
        return labels.toString();
    }
}
