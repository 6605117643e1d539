package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.rdf.HP;

/**
 * The links graph of the seed corpus's store: the expected closeMatch links, and none between indicators
 * that only look alike (the same on every rebuild, and valid: {@link LinksGraphIT}).
 */
class LinksGraphTest {

    private static final String LINKS = HP.DEFAULT_BASE + "graph/links";
    private static final Node CLOSE = SKOS.closeMatch.asNode();

    private static Node indicator(String key) {
        return NodeFactory.createURI(HP.DEFAULT_BASE + "indicator/" + key);
    }

    @Test
    void givenTheCorpusStore_thenItsLinksAreTheExpectedOnes() {
        Dataset dataset = AnalystCorpus.dataset();
        Set<String> links = Txn.calculateRead(dataset, () -> {
            Set<String> triples = new TreeSet<>();
            dataset.asDatasetGraph().getGraph(NodeFactory.createURI(LINKS)).find().forEach(t -> triples.add(t.toString()));
            return triples;
        });
        Node child = indicator("儿童疫苗接种率");
        Node eligible = indicator("适龄儿童免疫规划疫苗接种率");
        Node sdg3b1 = NodeFactory.createURI("http://metadata.un.org/sdg/C030b01");
        for (Triple t : List.of(Triple.create(child, CLOSE, eligible), Triple.create(eligible, CLOSE, child),
                Triple.create(child, CLOSE, sdg3b1), Triple.create(eligible, CLOSE, sdg3b1))) {
            assertTrue(links.contains(t.toString()), "missing " + t + " in " + links);
        }
        assertTrue(links.stream().noneMatch(t -> t.contains("县域就诊率") && t.contains("基层就诊率")), links.toString());
    }
}
