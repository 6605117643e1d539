package org.w3id.hpkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/** Bodies as linked entities in a document's graph: IRIs, names, sectors, regions and sector counts. */
class OrganizationMapperTest {

    private static final String PLAN = """
            江西省卫生健康委员会文件

            关于印发全省妇幼健康工作要点的通知

            各设区市卫生健康委：
            现将《全省妇幼健康工作要点》印发给你们，请认真贯彻执行。

            全省妇幼健康工作要点

            一、保障母婴安全
            （一）加强危重孕产妇救治。完善救治网络。（省卫生健康委牵头，省财政厅配合）
            （二）加强出生缺陷防治。推进婚前孕前检查。（省卫健委、省妇联按职责分工负责）
            （三）改善儿童营养。开展儿童营养改善项目。（南昌市卫健委负责，省财政厅参与）
            """;

    private static ExtractedDocument doc;

    @BeforeAll
    static void extract() throws Exception {
        doc = new DocumentPipeline(new Gazetteer()).process("jiangxi.txt", PLAN.getBytes(StandardCharsets.UTF_8));
    }

    private static Graph map(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        new DocumentMapper(new IriMinter(base)).map(doc, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                g.add(quad.asTriple());
            }
        });
        return g;
    }

    private static Set<String> objects(Graph g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().isLiteral()
                ? t.getObject().getLiteralLexicalForm() : t.getObject().getURI()));
        return out;
    }

    @Test
    void oneOrganizationPerBodyWithinItsPlace_namedInFull_withEveryPrintedForm() {
        Graph g = map(HP.DEFAULT_BASE);
        Node commission = NodeFactory.createURI(HP.DEFAULT_BASE + "org/360000/江西省卫生健康委员会");
        assertEquals(Set.of("江西省卫生健康委员会"), objects(g, commission, RDFS.Nodes.label));
        assertEquals(Set.of("江西省卫生健康委员会"), objects(g, commission, SKOS.prefLabel.asNode()));
        assertEquals(Set.of("省卫生健康委", "省卫健委"), objects(g, commission, SKOS.altLabel.asNode()));
        assertEquals(Set.of(HP.DEFAULT_BASE + "sector/health-commission"), objects(g, commission, HP.sector));
        assertEquals(Set.of(HP.DEFAULT_BASE + "region/360000"), objects(g, commission, HP.governmentOf));
        Node document = NodeFactory.createURI(HP.DEFAULT_BASE + "doc/jiangxi");
        assertEquals(Set.of(commission.getURI()), objects(g, document, HP.issuedBy), "the issuer is the same body");
        Node nanchang = NodeFactory.createURI(HP.DEFAULT_BASE + "org/360100/南昌市卫生健康委员会");
        assertEquals(Set.of(HP.DEFAULT_BASE + "region/360100"), objects(g, nanchang, HP.governmentOf));
        Set<String> tasksLedByTheCommission = new TreeSet<>();
        g.find(Node.ANY, HP.leadBody, commission).forEachRemaining(t -> tasksLedByTheCommission.add(t.getSubject().getURI()));
        assertEquals(2, tasksLedByTheCommission.size(), "tasks 1 and 2, printed 省卫生健康委 and 省卫健委");
        assertEquals(1, g.find(commission, RDFS.Nodes.label, Node.ANY).toList().size());
    }

    @Test
    void eachPlanCountsTheTasksEachSectorLeadsAndCooperatesOn() {
        Graph g = map(HP.DEFAULT_BASE);
        Node document = NodeFactory.createURI(HP.DEFAULT_BASE + "doc/jiangxi");
        Node health = NodeFactory.createURI(HP.DEFAULT_BASE + "doc/jiangxi/sector/health-commission");
        Node finance = NodeFactory.createURI(HP.DEFAULT_BASE + "doc/jiangxi/sector/finance");
        Node mass = NodeFactory.createURI(HP.DEFAULT_BASE + "doc/jiangxi/sector/mass-organizations");
        assertEquals(Set.of(health.getURI(), finance.getURI(), mass.getURI()), objects(g, document, HP.sectorCount));
        assertEquals(Set.of("3"), objects(g, health, HP.leadTaskCount), "the commission leads 1 and 2, 南昌市's 3");
        assertEquals(Set.of("0"), objects(g, health, HP.cooperatingTaskCount));
        assertEquals(Set.of("0"), objects(g, finance, HP.leadTaskCount));
        assertEquals(Set.of("2"), objects(g, finance, HP.cooperatingTaskCount));
        assertEquals(Set.of("1"), objects(g, mass, HP.leadTaskCount), "省妇联 leads 2 with the commission");
    }

    @Test
    void theSameInputGivesTheSameGraph_andAnotherBaseMovesEveryBodyAndSector() {
        assertEquals(sorted(map(HP.DEFAULT_BASE)), sorted(map(HP.DEFAULT_BASE)));
        String base = "https://partner.example/hpkg/id/";
        Graph g = map(base);
        Node commission = NodeFactory.createURI(base + "org/360000/江西省卫生健康委员会");
        assertEquals(Set.of(base + "sector/health-commission"), objects(g, commission, HP.sector));
        Graph sectors = GraphFactory.createDefaultGraph();
        new SectorMapper(new IriMinter(base)).map(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                assertEquals(base + "graph/sectors", quad.getGraph().getURI());
                sectors.add(quad.asTriple());
            }
        });
        assertTrue(sectors.contains(NodeFactory.createURI(base + "sector/health-commission"), SKOS.inScheme.asNode(),
                NodeFactory.createURI(base + "sectors")));
    }

    private static Set<String> sorted(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining((Triple t) -> out.add(t.toString()));
        return out;
    }
}
