package org.w3id.hpkg.rebuild;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;
import org.w3id.hpkg.rdf.StatisticsMapper;
import org.w3id.hpkg.rdf.TargetStatistics;

/**
 * The statistics graph ({@link StatisticsMapper}) of a database, made from the plans' shares
 * ({@link PlanTargets}, kept in the build manifest). A full rebuild adds each plan's share as it streams
 * past and bulk-loads the graph with the documents; an incremental rebuild replaces the rows of just the
 * indicators whose targets it added or removed, recomputed from every plan's share (a lowest or highest
 * value cannot be updated by subtraction, and the shares are a few lines per plan where the targets of a
 * common indicator are tens of thousands), in the write transaction that replaces the documents. Both
 * add shares with {@link TargetStatistics}, so both give the same rows.
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
     * Replaces the rows of {@code indicators} by rows recomputed from {@code plans} (every plan's share as
     * the database holds them now); call in the update's write transaction.
     */
    long refresh(DatasetGraph dsg, Collection<PlanTargets> plans, Set<Node> indicators) {
        TargetStatistics statistics = new TargetStatistics();
        for (PlanTargets plan : plans) {
            statistics.add(plan, indicators::contains);
        }
        Node name = iris.statisticsGraph();
        Set<Quad> rows = new HashSet<>();
        mapper.map(statistics, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                rows.add(quad);
            }
        });
        // Only the statements that differ are written: most rows a change touches keep their lowest, highest
        // and areas, and a row lists hundreds of areas.
        Set<Quad> old = new HashSet<>();
        for (Node indicator : indicators) {
            dsg.find(name, Node.ANY, HP.statisticsIndicator, indicator)
                    .forEachRemaining(q -> dsg.find(name, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(old::add));
        }
        long written = 0;
        for (Quad q : old) {
            if (!rows.contains(q)) {
                dsg.delete(q);
            }
        }
        for (Quad q : rows) {
            if (!old.contains(q)) {
                dsg.add(q);
                written++;
            }
        }
        return written;
    }
}
