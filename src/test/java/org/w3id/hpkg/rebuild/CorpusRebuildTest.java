package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.library.QueryFormat;
import org.w3id.hpkg.library.QueryRunner;
import org.w3id.hpkg.rdf.GazetteerMapper;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.OntologySource;
import org.w3id.hpkg.validate.ShapesValidator;

/** The whole pipeline on the five seed documents, into a real TDB2 store (the one the tests share). */
class CorpusRebuildTest {

    static final Path CORPUS = Path.of("data/corpus");

    static RebuildResult first;
    static Dataset store;

    @BeforeAll
    static void theCorpusStore() {
        // the seed corpus rebuilt once per JVM (a second rebuild, compared with it: CorpusRebuildIT)
        first = AnalystCorpus.result();
        store = AnalystCorpus.dataset();
    }

    @Test
    void everyDocumentLoadsAndTheGraphIsValid() {
        assertTrue(first.switched(), "violations: " + first.violations());
        assertEquals(List.of(), first.violations());
        assertEquals(0, first.count(FileOutcome.Status.SKIPPED));
        assertEquals(5, first.files().size());
    }

    @Test
    void taskCountsMatchTheGold() throws Exception {
        Map<String, Integer> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("data/gold/tasks.tsv")).stream().skip(1).toList()) {
            gold.merge(line.split("\t")[0], 1, Integer::sum);
        }
        Map<String, Integer> built = new LinkedHashMap<>();
        first.files().forEach(f -> built.put(f.fileName(), f.tasks()));
        assertEquals(gold, built);
    }

    @Test
    void targetsQueryListsTargetsOfAllFiveDocumentsIncludingTheTraditionalOne() throws Exception {
        String csv = run(Files.readString(Path.of("queries/targets.rq")), QueryFormat.CSV);
        for (String file : List.of("000_", "001_", "002_", "003_", "004_")) {
            assertTrue(csv.contains(file), "no target from " + file);
        }
        // 004 is written in traditional characters with pinyin readings: "實(shí)現(xiàn)常規(guī)免疫接種率90%以上"
        assertTrue(csv.contains("004_202b33ede5430d66.txt,,3,常规免疫接种率,AtLeast,90.0,,%,"), csv);
        assertTrue(csv.contains("002_586d2fdbfe293bd4.txt,同心县,9,公立医院人员支出占业务支出比例,Between,35.0,50.0,%,2020-11-30"), csv);
    }

    @Test
    void shapesCatchABrokenTarget() {
        Node target = NodeFactory.createURI(HP.DEFAULT_BASE + "doc/000_2c24e101aae37e8e/task/9/target/1");
        Graph doc = GraphFactory.createDefaultGraph();
        Node graphName = NodeFactory.createURI(HP.DEFAULT_BASE + "graph/000_2c24e101aae37e8e");
        IriMinter iris = new IriMinter(HP.DEFAULT_BASE);
        Txn.executeRead(store, () -> {
            // the document's graph and, as the rebuild validates it, the descriptions of what it names
            DatasetGraph dsg = store.asDatasetGraph();
            dsg.getGraph(graphName).find().forEachRemaining(doc::add);
            List.copyOf(doc.find().toList()).stream().map(Triple::getObject).filter(o -> iris.descriptionGraph(o) != null)
                    .distinct().forEach(o -> dsg.getGraph(iris.descriptionGraph(o)).find(o, Node.ANY, Node.ANY)
                            .forEachRemaining(doc::add));
        });
        ShapesValidator validator = validator();
        assertEquals(List.of(), validator.validate(doc));
        doc.remove(target, HP.unit, Node.ANY);
        doc.add(Triple.create(target, HP.value, NodeFactory.createLiteralDT("91", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));
        List<ShapesValidator.Violation> violations = validator.validate(doc);
        // two values: at most one hp:value, and exactly one of hp:value and hp:statement; no unit
        assertEquals(java.util.Set.of(
                "A target must have at most one hp:value (xsd:decimal); every target but a qualitative one has one.",
                "A target must have an hp:value or, a qualitative target, an hp:statement: exactly one of them.",
                "A target must have exactly one hp:unit (xsd:string; the empty string when the text gives none)."),
                violations.stream().map(ShapesValidator.Violation::message).collect(java.util.stream.Collectors.toSet()));
        assertEquals(3, violations.size(), violations.toString());
        assertTrue(violations.stream().allMatch(v -> v.focus().equals(target.getURI())));
        assertTrue(violations.stream().allMatch(v -> "适龄儿童免疫规划疫苗接种率达到90%以上".equals(v.sourceText())), violations.toString());
    }

    @Test
    void provenanceSpansPointIntoTheNormalizedText() throws Exception {
        String tsv = run("""
                SELECT ?text ?start ?end ?doctext WHERE {
                  ?t a hp:Task ; prov:wasDerivedFrom ?s . ?s hp:text ?text ; hp:startOffset ?start ; hp:endOffset ?end ;
                     hp:inDocument/hp:text ?doctext }""", QueryFormat.JSON);
        assertFalse(tsv.isEmpty());
        Txn.executeRead(store, () -> {
            var rows = org.apache.jena.query.QueryExecution.create(QueryRunner.parse("""
                    SELECT ?text ?start ?end ?doctext WHERE {
                      ?t a hp:Task ; prov:wasDerivedFrom ?s . ?s hp:text ?text ; hp:startOffset ?start ; hp:endOffset ?end ;
                         hp:inDocument/hp:text ?doctext }"""), store).execSelect();
            int n = 0;
            while (rows.hasNext()) {
                var row = rows.next();
                String docText = row.getLiteral("doctext").getString();
                assertEquals(row.getLiteral("text").getString(),
                        docText.substring(row.getLiteral("start").getInt(), row.getLiteral("end").getInt()));
                n++;
            }
            assertEquals(154, n);
        });
    }

    static ShapesValidator validator() {
        org.w3id.hpkg.rebuild.DocumentGraph gaz = new org.w3id.hpkg.rebuild.DocumentGraph(
                new IriMinter(HP.DEFAULT_BASE).gazetteerGraph());
        new GazetteerMapper(new IriMinter(HP.DEFAULT_BASE)).map(new Gazetteer(), gaz);
        org.w3id.hpkg.rebuild.DocumentGraph sectors = new org.w3id.hpkg.rebuild.DocumentGraph(
                new IriMinter(HP.DEFAULT_BASE).sectorsGraph());
        new org.w3id.hpkg.rdf.SectorMapper(new IriMinter(HP.DEFAULT_BASE)).map(sectors);
        return new ShapesValidator(List.of(OntologySource.ontology(), gaz.asGraph(), sectors.asGraph()));
    }

    static String run(String sparql, QueryFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryRunner.parse(sparql), format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<String> sortedNQuads(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(dataset).export(ExportFormat.NQ, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        Set<String> unique = new HashSet<>(Arrays.asList(lines));
        assertEquals(lines.length, unique.size(), "duplicate quads in export");
        return List.of(lines);
    }

    static void quiet(PrintStream ignored) {}
}
