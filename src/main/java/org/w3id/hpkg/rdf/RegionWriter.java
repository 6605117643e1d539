package org.w3id.hpkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.extract.region.Level;
import org.w3id.hpkg.extract.region.Region;

/**
 * A region's description: type, label, level, code and {@code hp:within} its parent. The gazetteer graph
 * holds every region but townships; a township (41,352 of them) is described once a plan names it or is
 * inferred from it, in the townships' graph ({@link IriMinter#descriptionGraph}: what follows from its code
 * is the same whichever plan names it), so that the store holds only townships plans name and listings
 * are not flooded, while {@code hp:within+} still leads from any of them up to the country.
 */
final class RegionWriter {

    private RegionWriter() {}

    /** The region's IRI, after describing it in {@code w} where the gazetteer graph does not (townships). */
    static Node named(QuadWriter w, IriMinter iris, Region region) {
        Node r = iris.region(region.code());
        if (!region.listed()) {
            statements(iris, region, w::describe);
        }
        return r;
    }

    /** Describes a region in the writer's own graph (the gazetteer's). */
    static void describe(QuadWriter w, IriMinter iris, Region region) {
        statements(iris, region, w::add);
    }

    private static void statements(IriMinter iris, Region region, Statement out) {
        Node r = iris.region(region.code());
        out.add(r, RDF.Nodes.type, HP.Region);
        out.add(r, RDFS.Nodes.label, NodeFactory.createLiteralString(region.name()));
        out.add(r, HP.level, GazetteerMapper.level(region.level()));
        out.add(r, region.level() == Level.TOWNSHIP ? HP.statisticsCode : HP.adminCode,
                NodeFactory.createLiteralString(region.code()));
        // hp:within is transitive in the ontology; the direct link suffices, queries use hp:within+.
        if (region.parentCode() != null) {
            out.add(r, HP.within, iris.region(region.parentCode()));
        }
    }

    private interface Statement {
        void add(Node s, Node p, Node o);
    }
}
