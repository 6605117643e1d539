package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.store.GraphStore;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * The links graph of two corpus rebuilds: the expected closeMatch links, the same on every rebuild, and valid
 * (the links alone, in the store the tests share: {@link LinksGraphTest}).
 */
class LinksGraphIT {

    private static final String LINKS = HP.DEFAULT_BASE + "graph/links";
    private static final Node CLOSE = SKOS.closeMatch.asNode();

    private static Node indicator(String key) {
        return NodeFactory.createURI(HP.DEFAULT_BASE + "indicator/" + key);
    }

    private static Set<String> rebuildAndReadLinks(Path store, List<String> violations) throws Exception {
        RebuildResult result = new RebuildJob(RebuildOptions.builder().corpus(Path.of("data/corpus")).store(store)
                .threads(2).build(), System.err).run();
        assertTrue(result.switched(), result.violations().toString());
        Dataset dataset = GraphStore.openCurrent(store);
        try {
            return Txn.calculateRead(dataset, () -> {
                Graph links = dataset.asDatasetGraph().getGraph(NodeFactory.createURI(LINKS));
                Set<String> triples = new TreeSet<>();
                links.find().forEach(t -> triples.add(t.toString()));
                Graph union = dataset.asDatasetGraph().getUnionGraph();
                new ShapesValidator(List.of()).validate(union).forEach(v -> violations.add(v.toString()));
                return triples;
            });
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void givenCorpus_whenRebuiltTwice_thenLinksAreTheSameExpectedAndValid(@TempDir Path dir) throws Exception {
        List<String> violations = new java.util.ArrayList<>();
        Set<String> first = rebuildAndReadLinks(dir.resolve("a"), violations);
        Set<String> second = rebuildAndReadLinks(dir.resolve("b"), violations);
        assertEquals(first, second, "the same corpus must give the same links");
        assertEquals(List.of(), violations, "the whole graph, links included, conforms to the shapes");
        Node child = indicator("儿童疫苗接种率");
        Node eligible = indicator("适龄儿童免疫规划疫苗接种率");
        Node sdg3b1 = NodeFactory.createURI("http://metadata.un.org/sdg/C030b01");
        for (Triple t : List.of(Triple.create(child, CLOSE, eligible), Triple.create(eligible, CLOSE, child),
                Triple.create(child, CLOSE, sdg3b1), Triple.create(eligible, CLOSE, sdg3b1))) {
            assertTrue(first.contains(t.toString()), "missing " + t + " in " + first);
        }
        assertTrue(first.stream().noneMatch(t -> t.contains("县域就诊率") && t.contains("基层就诊率")), first.toString());
    }
}
