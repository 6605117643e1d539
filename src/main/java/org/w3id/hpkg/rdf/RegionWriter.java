package org.w3id.hpkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.extract.region.Level;
import org.w3id.hpkg.extract.region.Region;

/**
 * A region's description: type, label, level, code and {@code hp:within} its parent. The gazetteer graph
 * holds every region but townships; a township (41,352 of them) is described in the graph of each plan
 * that names it or is inferred from it, so that the store holds only townships plans name and listings
 * are not flooded, while {@code hp:within+} still leads from any of them up to the country.
 */
final class RegionWriter {

    private RegionWriter() {}

    /** The region's IRI, after describing it in {@code w} where the gazetteer graph does not (townships). */
    static Node named(QuadWriter w, IriMinter iris, Region region) {
        Node r = iris.region(region.code());
        if (!region.listed()) {
            describe(w, iris, region);
        }
        return r;
    }

    static void describe(QuadWriter w, IriMinter iris, Region region) {
        Node r = iris.region(region.code());
        w.add(r, RDF.Nodes.type, HP.Region);
        w.add(r, RDFS.Nodes.label, region.name());
        w.add(r, HP.level, GazetteerMapper.level(region.level()));
        w.add(r, region.level() == Level.TOWNSHIP ? HP.statisticsCode : HP.adminCode, region.code());
        // hp:within is transitive in the ontology; the direct link suffices, queries use hp:within+.
        if (region.parentCode() != null) {
            w.add(r, HP.within, iris.region(region.parentCode()));
        }
    }
}
