package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;

/**
 * The default graph of an hpkg database is the union of its named graphs, as the ontology contract says.
 * Rebuilds store that union as the database's real default graph instead of asking TDB2 to compute it
 * per query: the description of an indicator, a body or a deadline is repeated in every document graph
 * that names it, so a union lookup walks one index entry per document (thousands at national scale) where
 * a lookup in the stored union finds one. A file {@value #MARKER} in the database folder says the default
 * graph is stored; databases without it are read with TDB2's computed union, so older stores still work.
 */
public final class UnionDefaultGraph {

    public static final String MARKER = "hpkg-default-graph-is-union";

    private UnionDefaultGraph() {}

    /**
     * The union of the named graphs of a dataset opened by {@link GraphStore} or {@link CurrentDatasetGraph}:
     * its stored default graph, or the computed union where the dataset says its default graph is the
     * union ({@code TDB2.symUnionDefaultGraph} in its context: databases built before the union was stored).
     */
    public static Graph of(DatasetGraph dsg) {
        return dsg.getContext().isTrue(TDB2.symUnionDefaultGraph) ? dsg.getUnionGraph() : dsg.getDefaultGraph();
    }

    /** Whether the database in {@code db} stores the union as its default graph. */
    public static boolean isStored(Path db) {
        return Files.isRegularFile(db.resolve(MARKER));
    }

    /** Records that {@code db} stores the union as its default graph; call before it becomes current. */
    public static void markStored(Path db) throws IOException {
        Files.writeString(db.resolve(MARKER),
                "The default graph of this database holds the union of its named graphs (written by hpkg rebuild).\n",
                StandardCharsets.UTF_8);
    }

    /**
     * A sink that also sends every quad of a named graph to the default graph. Triples whose subject may
     * recur in other graphs ({@code shared}) are sent to the default graph once; the others are unique to
     * their graph and are sent as they come.
     */
    public static StreamRDF tee(StreamRDF sink, Predicate<Node> shared) {
        Set<Triple> sent = new HashSet<>();
        return new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                if (quad.isDefaultGraph()) {
                    return;
                }
                Triple t = quad.asTriple();
                if (!shared.test(t.getSubject()) || sent.add(t)) {
                    super.quad(Quad.create(Quad.defaultGraphIRI, t));
                }
            }
        };
    }

    /**
     * Replaces a named graph by {@code quads} (all of that graph, none when it is to be removed), keeping
     * the default graph the union: the new triples are added to it, and the old ones that no other named
     * graph holds any more are removed from it. Call inside a write transaction.
     */
    public static long replace(DatasetGraph dsg, Node graph, Collection<Quad> quads) {
        List<Triple> old = new ArrayList<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> old.add(q.asTriple()));
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        if (dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext()) {
            throw notDeleted(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).next().asTriple());
        }
        Graph union = dsg.getDefaultGraph();
        for (Quad q : quads) {
            dsg.add(graph, q.getSubject(), q.getPredicate(), q.getObject());
            union.add(q.asTriple());
        }
        for (Triple t : old) {
            if (!dsg.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).hasNext()) {
                union.delete(t);
                if (union.contains(t)) {
                    throw notDeleted(t);
                }
            }
        }
        return quads.size();
    }

    /**
     * TDB2 stores some literals by value and reads them back in another form (a decimal written {@code "3"}
     * comes back as {@code "3.0"}); such a term cannot be deleted by what is read. Graphs must be written
     * with canonical literals; this stops an update that would otherwise leave stale statements behind.
     */
    private static IllegalStateException notDeleted(Triple t) {
        return new IllegalStateException("the database could not delete " + t
                + ": a literal not in canonical form was stored; rebuild with --full");
    }
}
