package org.w3id.hpkg.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.StatisticsMapper;
import org.w3id.hpkg.rdf.TargetFact;
import org.w3id.hpkg.rdf.TargetStatistics;
import org.w3id.hpkg.store.UnionDefaultGraph;

/**
 * The statistics graph ({@link StatisticsMapper}) of a database. A full rebuild accumulates it from the
 * documents' targets as they stream past and bulk-loads it with them; an incremental rebuild recomputes,
 * from the stored union, the rows of just the indicators whose targets it added or removed (lowest and
 * highest cannot be updated by subtracting), in the write transaction that replaces the documents. Both
 * read targets with {@link TargetFact#read}, so both give the same rows.
 */
final class StatisticsGraph {

    private final IriMinter iris;
    private final StatisticsMapper mapper;

    StatisticsGraph(IriMinter iris) {
        this.iris = iris;
        this.mapper = new StatisticsMapper(iris);
    }

    /** Sends the statistics of a full rebuild's targets; returns the quads sent. */
    long sendTo(TargetStatistics statistics, StreamRDF sink) {
        return mapper.map(statistics, sink);
    }

    /**
     * Replaces the rows of {@code indicators} by rows recomputed from the targets the database holds now,
     * keeping the stored union equal; call in the write transaction, once every document graph is in place.
     */
    long refresh(DatasetGraph dsg, Collection<Node> indicators) {
        Graph union = UnionDefaultGraph.of(dsg);
        TargetStatistics statistics = new TargetStatistics();
        for (Node indicator : indicators) {
            statistics.addAll(TargetFact.read(union, indicator));
        }
        Node name = iris.statisticsGraph();
        // a row's statements all hang off its own IRI, which no other graph uses: removing them from the
        // named graph and from the stored union is exact
        Set<Node> rows = new HashSet<>();
        for (Node indicator : indicators) {
            dsg.find(name, Node.ANY, HP.statisticsIndicator, indicator).forEachRemaining(q -> rows.add(q.getSubject()));
        }
        Graph defaultGraph = dsg.getDefaultGraph();
        for (Node row : rows) {
            List<Quad> old = new ArrayList<>();
            dsg.find(name, row, Node.ANY, Node.ANY).forEachRemaining(old::add);
            for (Quad q : old) {
                dsg.delete(q);
                defaultGraph.delete(q.asTriple());
            }
        }
        return mapper.map(statistics, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                dsg.add(quad);
                defaultGraph.add(quad.asTriple());
            }
        });
    }
}
