package org.w3id.hpkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.extract.Gazetteer;
import org.w3id.hpkg.extract.Region;

/** The regions of the gazetteer, with their codes and hp:within links, in a graph of their own. */
public final class GazetteerMapper {

    private final IriMinter iris;

    public GazetteerMapper(IriMinter iris) {
        this.iris = iris;
    }

    public long map(Gazetteer gazetteer, StreamRDF out) {
        QuadWriter w = new QuadWriter(new StandardTerms(iris).wrap(out), iris.gazetteerGraph()); // dcterms:Location …
        for (Region region : gazetteer.all()) {
            Node r = iris.region(region.code());
            w.add(r, RDF.Nodes.type, HP.Region);
            w.add(r, RDFS.Nodes.label, region.name());
            w.add(r, HP.adminCode, region.code());
            // hp:within is transitive in the ontology; the direct link suffices, queries use hp:within+.
            if (region.parentCode() != null) {
                w.add(r, HP.within, iris.region(region.parentCode()));
            }
        }
        return w.count();
    }
}
