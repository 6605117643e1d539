package org.w3id.hpkg.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.OntologySource;

/**
 * Validates a document's graph against {@code ontology/shapes.ttl}, together with the shared graphs it
 * refers to (ontology, gazetteer). Violations are reported with the text they concern, so an operator
 * can find the sentence that produced a bad target.
 */
public final class ShapesValidator {

    private final Shapes shapes = Shapes.parse(OntologySource.shapes());
    private final List<Graph> shared;

    public ShapesValidator(List<Graph> shared) {
        this.shared = List.copyOf(shared);
    }

    /** One violation: the focus node, the message, and the source text behind the node if known. */
    public record Violation(String focus, String message, String sourceText) {
        @Override
        public String toString() {
            return focus + ": " + message + (sourceText == null ? "" : " (from “" + sourceText + "”)");
        }
    }

    public List<Violation> validate(Graph documentGraph) {
        MultiUnion union = new MultiUnion();
        union.addGraph(documentGraph);
        for (Graph g : shared) {
            union.addGraph(g);
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, union);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(entry.focusNode().toString(), entry.message(),
                    sourceText(union, entry.focusNode())));
        }
        return violations;
    }

    private static String sourceText(Graph graph, Node focus) {
        Node derived = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
        List<Node> spans = graph.find(focus, derived, Node.ANY).mapWith(t -> t.getObject()).toList();
        for (Node span : spans) {
            List<Node> texts = graph.find(span, HP.text, Node.ANY).mapWith(t -> t.getObject()).toList();
            if (!texts.isEmpty()) {
                String text = texts.get(0).getLiteralLexicalForm();
                return text.length() > 80 ? text.substring(0, 80) + "…" : text;
            }
        }
        return null;
    }
}
