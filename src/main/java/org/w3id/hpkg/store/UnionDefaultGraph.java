package org.w3id.hpkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

/**
 * The default graph of an hpkg database, as queries see it, is the union of its named graphs, as the
 * ontology contract says: TDB2 computes it per query ({@code TDB2.symUnionDefaultGraph}) from its quad
 * indexes, so whatever a rebuild, a SPARQL update or a push writes into a named graph is in it at once,
 * and nothing is stored twice. A union lookup walks one index entry per graph holding the statement; the
 * indicators, bodies, persons, programmes and time limits that thousands of plans name are therefore
 * described once, in graphs of their own ({@link org.w3id.hpkg.rdf.IriMinter#descriptionGraph}), not in
 * every document graph. The database's own default graph is left to the rebuild's bookkeeping (its build
 * manifest), which no query, export or push sees.
 */
public final class UnionDefaultGraph {

    private UnionDefaultGraph() {}

    /** Makes the default graph of SPARQL queries on {@code dsg} (a TDB2 database) the union of its named graphs. */
    static void enable(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** The union of the named graphs of a dataset, for code that reads it without SPARQL; call in a transaction. */
    public static Graph of(DatasetGraph dsg) {
        return dsg.getUnionGraph();
    }
}
