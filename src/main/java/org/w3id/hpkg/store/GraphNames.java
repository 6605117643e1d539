package org.w3id.hpkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;

/** Finds a named graph of the store from what a user types: its IRI, a document's file stem or file name. */
public final class GraphNames {

    private GraphNames() {}

    /**
     * The base of instance IRIs the store was rebuilt with, read from the name of its gazetteer graph
     * ({@code <base>graph/gazetteer}); empty for a store without one.
     */
    public static java.util.Optional<String> storeBase(Dataset dataset) {
        String suffix = "graph/gazetteer";
        return list(dataset).stream().map(Node::getURI).filter(u -> u.endsWith("/" + suffix))
                .map(u -> u.substring(0, u.length() - suffix.length())).findFirst();
    }

    /**
     * Whether a graph is the rebuild's bookkeeping ({@code <base>graph/manifest}: the code fingerprint
     * and the name of the file of hashes for incremental rebuilds), which stays out of the union, exports
     * and pushes.
     */
    public static boolean isBookkeeping(Node graph) {
        return graph.isURI() && graph.getURI().endsWith("/graph/manifest");
    }

    /** All graph names in the store but the bookkeeping one, sorted. */
    public static List<Node> list(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                if (!isBookkeeping(g)) {
                    names.add(g);
                }
            });
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    /**
     * The graph {@code given} names: a graph IRI as it is, else a document's file stem
     * ({@code 000_2c24e101aae37e8e}) or file name ({@code 000_2c24e101aae37e8e.txt}), whose graph is
     * {@code <base>graph/<stem>} for whatever base the store was built with.
     */
    public static Node resolve(Dataset dataset, String given) {
        List<Node> names = list(dataset);
        for (Node n : names) {
            if (n.getURI().equals(given)) {
                return n;
            }
        }
        for (String stem : new String[] {given, DocumentMapper.key(given)}) {
            String suffix = new IriMinter("x:/").graph(stem).getURI().substring("x:/".length() - 1);
            for (Node n : names) {
                if (n.getURI().endsWith(suffix)) {
                    return n;
                }
            }
        }
        List<String> shown = names.stream().map(Node::getURI).limit(10).toList();
        throw new IllegalArgumentException("no graph '" + given + "' in the store; its graphs include "
                + String.join(", ", shown) + (names.size() > shown.size() ? ", …" : ""));
    }
}
