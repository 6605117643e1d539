package org.w3id.hpkg.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.GazetteerSource;
import org.w3id.hpkg.extract.region.Level;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.extract.region.RenamedDivision;

/**
 * The regions of the gazetteer in a graph of their own: each with its label, level ({@code hp:level}, a
 * SKOS concept of {@code hp:AdministrativeLevels}), code ({@code hp:adminCode}, GB/T 2260), short name,
 * the divisions renamed since 2015 with their former names, and {@code hp:within} its parent, up to the
 * country. Townships are not here but, once a plan names them, in the townships' graph ({@link RegionWriter}). The graph says where the gazetteer comes from: the package and version it was generated from.
 */
public final class GazetteerMapper {

    private final IriMinter iris;

    public GazetteerMapper(IriMinter iris) {
        this.iris = iris;
    }

    /** The concept of a level ({@code hp:CountyLevel}, …). */
    public static Node level(Level level) {
        return HP.term(switch (level) {
            case COUNTRY -> "CountryLevel";
            case PROVINCE -> "ProvinceLevel";
            case PREFECTURE -> "PrefectureLevel";
            case COUNTY -> "CountyLevel";
            case ZONE -> "ZoneLevel";
            case TOWNSHIP -> "TownshipLevel";
        });
    }

    public long map(Gazetteer gazetteer, StreamRDF out) {
        QuadWriter w = new QuadWriter(new StandardTerms(iris).wrap(out), iris.gazetteerGraph()); // dcterms:Location …
        describeSource(w, gazetteer.source());
        for (Region region : gazetteer.listed()) {
            RegionWriter.describe(w, iris, region);
            w.add(iris.region(region.code()), HP.shortName, gazetteer.shortForm(region));
        }
        List<RenamedDivision> renamed = gazetteer.renamed();
        for (int i = 0; i < renamed.size(); i++) {
            RenamedDivision change = renamed.get(i);
            Node renaming = iris.regionRenaming(change.now().code(), change.formerName());
            w.add(iris.region(change.now().code()), HP.renaming, renaming);
            w.add(renaming, RDF.Nodes.type, HP.Renaming);
            w.add(renaming, HP.formerName, change.formerName());
            w.add(renaming, HP.renamedIn, NodeFactory.createLiteralDT(change.since(), XSDDatatype.XSDgYearMonth));
            w.add(renaming, RDFS.Nodes.label, change.formerName() + " → " + change.now().name() + "（" + change.change() + "）");
        }
        return w.count();
    }

    private void describeSource(QuadWriter w, GazetteerSource source) {
        Node graph = iris.gazetteerGraph();
        w.add(graph, RDFS.Nodes.label, "gazetteer: " + source.label());
        w.add(graph, DCTerms.source.asNode(), NodeFactory.createURI(source.upstream()));
        w.add(graph, DCTerms.hasVersion.asNode(), source.label());
        w.add(graph, OWL.versionInfo.asNode(), source.version());
        w.add(graph, DCTerms.description.asNode(), source.edition());
        w.add(graph, DCTerms.rights.asNode(), source.licence());
    }
}
