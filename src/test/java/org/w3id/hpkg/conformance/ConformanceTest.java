package org.w3id.hpkg.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hpkg.eval.Annotations;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.GazetteerMapper;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.OntologySource;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * The conformance suite: every folder under {@code src/test/resources/cases/} is a case (see
 * {@link CaseRun}). Adding a case is adding a folder with {@code input.txt},
 * {@code expected-tasks.tsv} and, where the plan has targets, {@code expected-targets.tsv}; a case may
 * also pin the regions with {@code expected-regions.tsv} ({@code task<TAB>regions}, task 0 the document's
 * jurisdiction, names as in the gazetteer joined by |), and the bodies as entities with
 * {@code expected-bodies.tsv} ({@code body<TAB>printed<TAB>scope<TAB>sector}: every hp:Organization of the
 * graph by its full name, the forms the plan printed joined by |, the scope of its IRI — the GB/T 2260
 * code of its place, or the issuer — and its sector's key). The input may be a saved web page or another
 * format the loader reads ({@code input.html}…; the expected files then name it as the doc), and a case
 * may pin the document's structure with {@code expected-structure.tsv} ({@link StructureExpectations}).
 */
class ConformanceTest {

    static Stream<Named<Path>> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ConformanceTest.class.getResource("/cases").toURI());
        List<Path> dirs;
        try (Stream<Path> list = Files.list(root)) {
            dirs = list.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(d -> Named.of(d.getFileName().toString(), d));
    }

    @Test
    void suiteCoversTheGenre() throws Exception {
        assertTrue(cases().count() >= 10, "the suite should hold the genre's variants");
    }

    private static final IriMinter IRIS = new IriMinter(HP.DEFAULT_BASE);
    private static final ShapesValidator SHAPES = new ShapesValidator(List.of(OntologySource.ontology(), gazetteer(), sectors()));

    /** The scheme of government sectors the bodies point to, as a rebuild stores it beside the plans. */
    private static Graph sectors() {
        return org.w3id.hpkg.extract.body.SectorScheme.read(IRIS.base()).getGraph();
    }

    private static Graph gazetteer() {
        Graph g = GraphFactory.createDefaultGraph();
        new GazetteerMapper(IRIS).map(new Gazetteer(), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        });
        return g;
    }

    /** Every shape of the genre maps to a graph the shapes accept (section and preamble targets, changes…). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenPlan_whenMapped_thenItsGraphConformsToTheShapes(Path dir) throws Exception {
        Graph graph = GraphFactory.createDefaultGraph();
        new DocumentMapper(IRIS).map(CaseRun.extract(dir), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graph.add(quad.asTriple());
            }
        });
        List<String> violations = new ArrayList<>();
        SHAPES.validate(graph).forEach(v -> violations.add(v.toString()));
        assertTrue(violations.isEmpty(), dir.getFileName() + ":\n  " + String.join("\n  ", violations));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenPlan_whenExtracted_thenGraphHoldsExpectedTasksAndTargets(Path dir) throws Exception {
        Annotations expected = CaseRun.expected(dir);
        ExtractedDocument doc = CaseRun.extract(dir);
        Dataset graph = CaseRun.graph(doc);
        Annotations found = CaseRun.predicted(graph);
        String name = CaseRun.input(dir).getFileName().toString();
        List<String> differences = new ArrayList<>(CaseRun.differences(expected, found, name));
        if (Files.exists(dir.resolve(StructureExpectations.FILE))) {
            differences.addAll(StructureExpectations.differences(dir.resolve(StructureExpectations.FILE), doc));
        }
        if (Files.exists(dir.resolve("expected-regions.tsv"))) {
            Map<Integer, String> want = CaseRun.expectedRegions(dir);
            Map<Integer, String> got = CaseRun.regions(graph);
            if (!want.equals(got)) {
                differences.add("regions (task 0 = jurisdiction): expected " + want + ", found " + got);
            }
        }
        if (Files.exists(dir.resolve("expected-bodies.tsv"))) {
            java.util.Set<String> want = CaseRun.expectedBodies(dir);
            java.util.Set<String> got = CaseRun.bodies(graph);
            java.util.Set<String> missing = new java.util.TreeSet<>(want);
            missing.removeAll(got);
            java.util.Set<String> extra = new java.util.TreeSet<>(got);
            extra.removeAll(want);
            missing.forEach(m -> differences.add("missing body " + m.replace('\t', ' ')));
            extra.forEach(e -> differences.add("unexpected body " + e.replace('\t', ' ')));
        }
        if (!differences.isEmpty()) {
            fail(dir.getFileName() + ":\n  " + String.join("\n  ", differences));
        }
    }
}
