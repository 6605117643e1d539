package org.w3id.hpkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.OntologySource;

/**
 * The published JSON-LD context names every class and property of the ontology by its local name, as
 * partners' JSON-LD reads them: object properties as {@code @id} links, typed literals with their datatype.
 */
class JsonLdContextTest {

    @Test
    void givenTheOntology_thenTheContextHasATermForEachOfItsTermsWithTheRightType() {
        Graph ontology = OntologySource.ontology();
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> found = new TreeMap<>();
        JsonObject context = JsonLdContext.document().getJsonObject("@context");
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(HP.NS)) {
                return;
            }
            String name = s.getLocalName();
            String type = typeOf(ontology, t);
            if (type == null) {
                return; // individuals (hp:AtLeast…) are values, not terms
            }
            expected.put(name, type);
            found.put(name, describe(context.get(name), s.getURI()));
        });
        assertEquals(expected, found);
    }

    /** What the context should say of an ontology term: "class", "@id", a datatype, or "string". */
    private static String typeOf(Graph ontology, Triple typing) {
        Node kind = typing.getObject();
        if (kind.equals(OWL.Class.asNode())) {
            return "class";
        }
        if (kind.equals(OWL.ObjectProperty.asNode())) {
            return "@id";
        }
        if (!kind.equals(OWL.DatatypeProperty.asNode())) {
            return null;
        }
        var range = ontology.find(typing.getSubject(), RDFS.range.asNode(), Node.ANY);
        String datatype = range.hasNext() ? range.next().getObject().getURI() : XSD.xstring.getURI();
        return datatype.equals(XSD.xstring.getURI()) ? "string" : "xsd:" + datatype.substring(XSD.NS.length());
    }

    /** How the context defines a term, in the words of {@link #typeOf}, or what is wrong with it. */
    private static String describe(JsonValue term, String iri) {
        if (term == null) {
            return "missing";
        }
        if (term instanceof JsonString s) {
            return s.getString().equals("hp:" + iri.substring(HP.NS.length()))
                    ? (Character.isUpperCase(iri.charAt(HP.NS.length())) ? "class" : "string") : "maps to " + s.getString();
        }
        JsonObject o = term.asJsonObject();
        if (!o.getString("@id", "").equals("hp:" + iri.substring(HP.NS.length()))) {
            return "maps to " + o.getString("@id", "?");
        }
        return o.getString("@type", "string");
    }
}
