package org.w3id.hpkg.rebuild;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * Keeps the graphs describing shared resources ({@link IriMinter#descriptionGraph}) equal to what the
 * documents of a database being updated name, as a full rebuild makes them: the descriptions a new
 * document graph carries are added (a statement already there stays as it is), and a resource that the
 * replaced or removed graphs named loses its description when no graph names it any more. Use inside
 * the update's write transaction.
 */
final class SharedDescriptions {

    private final IriMinter iris;
    /** The graphs that only follow from the documents; a resource they name is not kept for them. */
    private final Set<Node> derived;
    private final Set<Node> leaving = new LinkedHashSet<>();

    SharedDescriptions(IriMinter iris) {
        this.iris = iris;
        this.derived = new HashSet<>(iris.descriptionGraphs());
        derived.add(iris.linksGraph());
        derived.add(iris.statisticsGraph());
    }

    /** Notes the shared resources a quad leaving the database names. */
    void leaving(Quad quad) {
        for (Node node : new Node[] {quad.getSubject(), quad.getObject()}) {
            if (iris.descriptionGraph(node) != null) {
                leaving.add(node);
            }
        }
    }

    /** Adds a new document's descriptions; returns how many statements were not there yet. */
    long add(DatasetGraph dsg, List<Quad> descriptions) {
        long added = 0;
        for (Quad q : descriptions) {
            if (!dsg.contains(q)) {
                dsg.add(q);
                added++;
            }
        }
        return added;
    }

    /** Drops the descriptions of the resources noted as leaving that no graph names any more; returns how many. */
    int prune(DatasetGraph dsg) {
        int dropped = 0;
        for (Node resource : leaving) {
            if (!named(dsg, resource)) {
                dsg.deleteAny(iris.descriptionGraph(resource), resource, Node.ANY, Node.ANY);
                dropped++;
            }
        }
        leaving.clear();
        return dropped;
    }

    /**
     * Whether a graph other than the derived ones names {@code resource}: a document's, or one a partner
     * wrote through the endpoint. Documents name shared resources as objects; the first such statement
     * found decides, so a common indicator costs a step or two, not one per plan.
     */
    private boolean named(DatasetGraph dsg, Node resource) {
        Iterator<Quad> naming = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, resource);
        while (naming.hasNext()) {
            if (!derived.contains(naming.next().getGraph())) {
                return true;
            }
        }
        return false;
    }
}
