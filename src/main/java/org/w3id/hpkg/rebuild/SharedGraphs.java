package org.w3id.hpkg.rebuild;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.rdf.GazetteerMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.OntologySource;
import org.w3id.hpkg.rdf.SectorMapper;
import org.w3id.hpkg.text.TextIndexBuilder;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * The graphs every database holds besides the documents' own: the ontology, the gazetteer and the scheme
 * of government sectors, all from the jar, and the validator that checks document graphs against the
 * shapes together with them.
 */
final class SharedGraphs {

    private final Graph ontology = OntologySource.ontology();
    private final Node gazetteerName;
    private final DocumentGraph gazetteer;
    private final DocumentGraph sectors;
    private final ShapesValidator validator;

    SharedGraphs(Gazetteer regions, IriMinter iris) {
        this.gazetteerName = iris.gazetteerGraph();
        this.gazetteer = new DocumentGraph(gazetteerName);
        new GazetteerMapper(iris).map(regions, gazetteer);
        this.sectors = new DocumentGraph(iris.sectorsGraph());
        new SectorMapper(iris).map(sectors);
        this.validator = new ShapesValidator(List.of(ontology, gazetteer.asGraph(), sectors.asGraph()));
    }

    ShapesValidator validator() {
        return validator;
    }

    /** Hands both graphs to the text index of the database they are loaded into. */
    void indexText(TextIndexBuilder text) {
        text.add(OntologySource.graphName(), ontology);
        text.add(gazetteerName, gazetteer.asGraph());
    }

    /** Streams the shared graphs, e.g. into a bulk loader; returns how many quads. */
    long sendTo(StreamRDF sink) {
        Node ontologyName = OntologySource.graphName();
        ontology.find().forEachRemaining(t -> sink.quad(Quad.create(ontologyName, t)));
        gazetteer.sendTo(sink);
        sectors.sendTo(sink);
        return ontology.size() + gazetteer.quads().size() + sectors.quads().size();
    }
}
