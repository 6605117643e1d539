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
 * {@code input.txt}): the same task count, per task the same label, leaders, bodies (a body found under its
 * full name matches where the plan printed the expected form) and due date, and
 * the same targets (indicator key, comparator, value, max, unit, due), each exactly once.
 */
final class CaseRun {

    static final String DOC = "input.txt";
    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(GAZETTEER);
    private static final IndicatorKey KEYS = new IndicatorKey();

    private CaseRun() {}

    static ExtractedDocument extract(Path dir) throws Exception {
        Path input = input(dir);
        return PIPELINE.process(input.getFileName().toString(), Files.readAllBytes(input));
    }

    /**
     * The case's input: {@code input.txt}, or the one {@code input.*} of another format (a saved web page,
     * a Word file), read through the loader as a rebuild reads it; the expected files name it as the doc.
     */
    static Path input(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            List<Path> inputs = files.filter(p -> p.getFileName().toString().startsWith("input.")).toList();
            if (inputs.size() != 1) {
                throw new IOException(dir + ": a case has exactly one input.* file, found " + inputs);
            }
            return inputs.get(0);
        }
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

    /**
     * Every body of the graph as {@code name<TAB>printed forms<TAB>scope<TAB>sector}: its full name
     * (rdfs:label), the forms the plan printed (skos:altLabel, sorted, joined by |), the scope of its IRI
     * ({@code org/<scope>/<name>}: the GB/T 2260 code of its place, or the issuer) and its sector's notation.
     */
    static java.util.Set<String> bodies(Dataset graph) {
        String query = """
                PREFIX hp: <https://w3id.org/hpkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?o ?name ?alt ?sector WHERE {
                  ?o a hp:Organization ; rdfs:label ?name .
                  OPTIONAL { ?o skos:altLabel ?alt }
                  OPTIONAL { ?o hp:sector ?s . BIND (REPLACE(STR(?s), "^.*/", "") AS ?sector) }
                }""";
        Map<String, String[]> rows = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> alts = new java.util.TreeMap<>();
        Txn.executeRead(graph, () -> {
            try (QueryExecution exec = QueryExecution.create(query, graph)) {
                exec.execSelect().forEachRemaining(row -> {
                    String iri = row.getResource("o").getURI();
                    String path = iri.substring(iri.indexOf("/org/") + 5);
                    String scope = path.contains("/") ? decode(path.substring(0, path.indexOf('/'))) : "";
                    rows.put(iri, new String[] {row.getLiteral("name").getString(), scope,
                            row.contains("sector") ? row.getLiteral("sector").getString() : ""});
                    java.util.Set<String> forms = alts.computeIfAbsent(iri, k -> new java.util.TreeSet<>());
                    if (row.contains("alt")) {
                        forms.add(row.getLiteral("alt").getString());
                    }
                });
            }
        });
        java.util.Set<String> out = new java.util.TreeSet<>();
        rows.forEach((iri, r) -> out.add(r[0] + "\t" + String.join("|", alts.get(iri)) + "\t" + r[1] + "\t" + r[2]));
        return out;
    }

    private static String decode(String segment) {
        return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code expected-bodies.tsv} as {@link #bodies} writes its rows (header and blank lines skipped). */
    static java.util.Set<String> expectedBodies(Path dir) throws IOException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(dir.resolve("expected-bodies.tsv"))) {
            String[] cells = line.split("\t", -1);
            if (line.isBlank() || cells[0].equals("body")) {
                continue;
            }
            String forms = String.join("|", new java.util.TreeSet<>(List.of(cells[1].split("\\|"))).stream()
                    .filter(f -> !f.isEmpty()).toList());
            out.add(cells[0] + "\t" + forms + "\t" + cells[2] + "\t" + (cells.length > 3 ? cells[3] : ""));
        }
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
        return differences(expected, found, DOC);
    }

    /** Every difference for the case document named {@code doc}, one line each; empty when the case passes. */
    static List<String> differences(Annotations expected, Annotations found, String doc) {
        List<String> out = new ArrayList<>();
        List<TaskRecord> want = expected.tasks(doc);
        List<TaskRecord> got = found.tasks(doc);
        if (want.size() != got.size()) {
            out.add("task count: expected " + want.size() + ", found " + got.size() + " " + labels(got));
        }
        for (TaskRecord w : want) {
            TaskRecord g = found.task(doc, w.ordinal());
            if (g == null) {
                continue;
            }
            String at = "task " + w.ordinal() + " ";
            same(out, at + "label", w.label(), g.label());
            same(out, at + "leaders", sorted(w.leaders()), sorted(g.leaders()));
            same(out, at + "lead", sorted(w.lead()), sorted(asPrinted(w.lead(), g.lead(), found)));
            same(out, at + "cooperating", sorted(w.cooperating()), sorted(asPrinted(w.cooperating(), g.cooperating(), found)));
            same(out, at + "due", w.due(), g.due());
        }
        List<String> wantTargets = new ArrayList<>();
        for (TargetRecord t : expected.targets(doc)) {
            wantTargets.add(key(t, KEYS.of(t.indicator())));
        }
        List<String> gotTargets = new ArrayList<>();
        for (TargetRecord t : found.targets(doc)) {
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

    /**
     * The bodies found, each under the printed form the case expects where it is one of the body's names
     * (a body is named by its full name, {@code 国家卫生健康委员会}, and by the forms printed, {@code 国家卫生健康委}).
     */
    private static java.util.Set<String> asPrinted(java.util.Set<String> expected, java.util.Set<String> found,
            Annotations graph) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String name : found) {
            String as = name;
            for (String alias : graph.aliases().getOrDefault(name, java.util.Set.of())) {
                if (!expected.contains(as) && expected.contains(alias)) {
                    as = alias;
                }
            }
            out.add(as);
        }
        return out;
    }

    /** Everything a case pins: a change's direction and baseline year, a qualitative target's words too. */
    private static String key(TargetRecord t, String indicator) {
        String value = t.qualitative() ? "“" + t.statement() + "”"
                : (t.change().isEmpty() ? "" : t.change() + " ") + t.comparator() + " " + plain(t.value())
                        + (t.max() == null ? "" : "-" + plain(t.max()));
        return "[" + (t.task() == 0 ? "section" : "task " + t.task()) + "] " + indicator + " " + value
                + " “" + t.unit() + "”" + (t.baselineYear().isEmpty() ? "" : " from " + t.baselineYear())
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
