package org.w3id.hpkg.publish;

import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Keeps the rebuild's bookkeeping graph ({@code <base>graph/manifest}) out of what the endpoint answers,
 * as exports and {@code /id/} already do: {@code GRAPH ?g}, {@code FROM NAMED} and a query naming it see
 * nothing. Done the way Fuseki's access control does it, with the quad filter TDB2 applies to every index
 * lookup of a query ({@link SystemTDB#symTupleFilter}); the stored union default graph never held it.
 */
final class HiddenGraphs {

    private final Node graph;

    HiddenGraphs(Node graph) {
        this.graph = graph;
    }

    /** Sets the filter in a query's context, for a dataset stored in TDB2 (others hold no bookkeeping graph). */
    void hideIn(Context context, DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (!TDBInternal.isBackedByTDB(base) && base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped(); // the store's current database, the text index: query runs on TDB2 beneath
        }
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) {
            return;
        }
        NodeId hidden = TDBInternal.getNodeId(tdb, graph);
        if (hidden == null || NodeId.isDoesNotExist(hidden)) {
            return;
        }
        Predicate<Tuple<NodeId>> visible = tuple -> tuple.len() != 4 || !tuple.get(0).equals(hidden);
        context.set(SystemTDB.symTupleFilter, visible);
    }
}
