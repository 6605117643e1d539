package org.w3id.hpkg.rebuild;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends each shared resource's description once into a full rebuild's load (or an extraction's output):
 * every document naming an indicator, a body, a person, a programme, a time limit or a township carries the same
 * statements about it ({@link org.w3id.hpkg.rdf.IriMinter#descriptionGraph}), and only the first is sent.
 *
 * <p>It remembers every resource described, for the whole run, because the last plan may name what the
 * first did. That grows with the plans' vocabulary and with the issuing bodies (bodies and persons are
 * named within their issuer), not with the number of plans; how many that is on a national corpus has
 * not been measured yet (issue 21).
 */
final class DescribedOnce {

    private final Set<Node> described = new HashSet<>();

    /** Sends those of a graph's descriptions that no earlier graph carried; returns how many. */
    long send(DocumentGraph graph, StreamRDF sink) {
        Set<Node> fresh = new HashSet<>();
        long sent = 0;
        for (Quad q : graph.descriptions()) {
            Node resource = q.getSubject();
            if (fresh.contains(resource) || described.add(resource) && fresh.add(resource)) {
                sink.quad(q);
                sent++;
            }
        }
        return sent;
    }
}
