package org.w3id.hpkg.rebuild;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.extract.NearSynonyms;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.LinkMapper;
import org.w3id.hpkg.rdf.SdgIndicators;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * The links graph ({@link LinkMapper}) of a database, recomputed from the indicator keys its document
 * graphs hold. Full and incremental rebuilds both call it once every document graph is in place, in the
 * write transaction that makes them visible, so the links always match the documents.
 */
final class LinksGraph {

    /** The quads written and the shape violations of the new links graph (then it must not be committed). */
    record Outcome(long quads, List<String> violations) {}

    private final IriMinter iris;
    private final ShapesValidator validator;
    private final LinkMapper mapper;

    LinksGraph(IriMinter iris, ShapesValidator validator) {
        this.iris = iris;
        this.validator = validator;
        this.mapper = new LinkMapper(iris, new NearSynonyms(), new SdgIndicators());
    }

    IriMinter iris() {
        return iris;
    }

    /**
     * Replaces the links graph in {@code dsg} by the links of the indicators it describes; call in a write
     * transaction, once every document graph and description is in place.
     */
    Outcome refresh(DatasetGraph dsg) {
        Node name = iris.linksGraph();
        // the indicators' graph states each key once, where the documents name an indicator per target
        Set<String> keys = new TreeSet<>();
        dsg.getGraph(iris.indicatorsGraph()).find(Node.ANY, HP.indicatorKey, Node.ANY)
                .forEachRemaining(t -> keys.add(t.getObject().getLiteralLexicalForm()));
        DocumentGraph links = map(keys);
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        links.quads().forEach(dsg::add);
        return new Outcome(links.quads().size(), validate(links, keys));
    }

    /** Sends the links graph of {@code keys} (an extraction's, which has no database to read them from). */
    Outcome write(Collection<String> keys, StreamRDF sink) {
        DocumentGraph links = map(keys);
        links.sendTo(sink);
        return new Outcome(links.quads().size(), validate(links, keys));
    }

    private DocumentGraph map(Collection<String> keys) {
        DocumentGraph links = new DocumentGraph(iris.linksGraph());
        mapper.map(keys, links);
        return links;
    }

    /** The links graph checked against the shapes together with the indicators it links (as documents describe them). */
    private List<String> validate(DocumentGraph links, Collection<String> keys) {
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        links.asGraph().find().forEachRemaining(graph::add);
        for (String key : keys) {
            Node indicator = iris.indicator(key);
            graph.add(Triple.create(indicator, RDF.Nodes.type, HP.Indicator));
            graph.add(Triple.create(indicator, RDFS.Nodes.label, NodeFactory.createLiteralString(key)));
            graph.add(Triple.create(indicator, HP.indicatorKey, NodeFactory.createLiteralString(key)));
        }
        List<String> violations = new ArrayList<>();
        for (ShapesValidator.Violation v : validator.validate(graph)) {
            if (v.blocking()) {
                violations.add(RebuildResult.describe("graph/links", v));
            }
        }
        return violations;
    }
}
