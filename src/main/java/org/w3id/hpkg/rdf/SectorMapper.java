package org.w3id.hpkg.rdf;

import org.apache.jena.riot.system.StreamRDF;
import org.w3id.hpkg.extract.body.SectorScheme;

/**
 * The SKOS scheme of government sectors ({@code data/sectors.ttl}) in a graph of its own,
 * {@code <base>graph/sectors}, its relative IRIs resolved against the base ({@code <base>sector/…}), so
 * that the sectors the bodies point to ({@code hp:sector}) are described and served like every resource.
 */
public final class SectorMapper {

    private final IriMinter iris;

    public SectorMapper(IriMinter iris) {
        this.iris = iris;
    }

    public long map(StreamRDF out) {
        QuadWriter w = new QuadWriter(out, iris.sectorsGraph());
        SectorScheme.read(iris.base()).getGraph().find()
                .forEachRemaining(t -> w.add(t.getSubject(), t.getPredicate(), t.getObject()));
        return w.count();
    }
}
