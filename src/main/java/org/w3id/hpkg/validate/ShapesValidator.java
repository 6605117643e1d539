package org.w3id.hpkg.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.OntologySource;

/**
 * Validates a document's graph against {@code ontology/shapes.ttl}, together with the shared graphs it
 * refers to (ontology, gazetteer). Violations are reported with the text they concern, so an operator
 * can find the sentence that produced a bad target.
 *
 * <p>The shapes are parsed once. A document is validated in a small graph of its own: its triples plus,
 * from the shared graphs, everything reachable from the nodes it mentions (the regions it names and
 * their parents, the classes it uses, hp:Ongoing…) and the class hierarchy. That is all a shape can reach
 * from the document's nodes, so the result for them is the one the union with the whole shared graphs
 * gives, without revalidating every gazetteer region for every document. The shared graphs themselves
 * are checked once with {@link #validateShared()}.
 */
public final class ShapesValidator {

    private final Shapes shapes = Shapes.parse(OntologySource.shapes());
    private final List<Graph> shared;
    private final Map<Node, List<Triple>> sharedBySubject = new HashMap<>();
    private final List<Triple> hierarchy = new ArrayList<>();
    private final Map<Node, List<Triple>> closures = new ConcurrentHashMap<>();

    public ShapesValidator(List<Graph> shared) {
        this.shared = List.copyOf(shared);
        for (Graph g : this.shared) {
            g.find().forEachRemaining(t -> {
                sharedBySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
                if (t.getPredicate().equals(RDFS.Nodes.subClassOf)) {
                    hierarchy.add(t);
                }
            });
        }
    }

    /**
     * One problem the shapes report: the focus node, the message, the source text behind the node if known,
     * and its severity ({@code sh:severity} of the shape): structure is violated, plausibility only warned of.
     */
    public record Violation(String focus, String message, String sourceText, String span, Severity severity) {
        @Override
        public String toString() {
            return (severity == Severity.VIOLATION ? "" : severity.label() + ": ") + focus + ": " + message
                    + (sourceText == null ? "" : " (text " + (span == null ? "" : span + " ") + "“" + sourceText + "”)");
        }

        /** Whether the graph must not be loaded with it (a structural violation, not a warning). */
        public boolean blocking() {
            return severity == Severity.VIOLATION;
        }
    }

    /** Validates one document graph (with what it needs of the shared graphs); safe from several threads. */
    public List<Violation> validate(Graph documentGraph) {
        Graph data = GraphFactory.createDefaultGraph();
        documentGraph.find().forEachRemaining(data::add);
        Set<Node> mentioned = new HashSet<>();
        documentGraph.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getObject());
        });
        for (Node n : mentioned) {
            if (sharedBySubject.containsKey(n)) {
                closure(n).forEach(data::add);
            }
        }
        hierarchy.forEach(data::add);
        return check(data);
    }

    /** Validates the shared graphs on their own; once per rebuild is enough, as they do not change. */
    public List<Violation> validateShared() {
        MultiUnion union = new MultiUnion();
        shared.forEach(union::addGraph);
        return check(union);
    }

    private List<Violation> check(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            Node concerned = concerned(entry);
            violations.add(new Violation(concerned.toString(), entry.message(), sourceText(data, concerned),
                    spanOffsets(data, concerned), Severity.of(entry.severity().level())));
        }
        return violations;
    }

    /**
     * The node a problem is about: its focus node, but for a shape that starts from a term of the ontology
     * ({@code sh:targetNode hp:Between}) and walks back to the data, the data node it found wrong.
     */
    private static Node concerned(ReportEntry entry) {
        Node focus = entry.focusNode();
        Node value = entry.value();
        boolean vocabulary = focus.isURI() && focus.getURI().startsWith(HP.NS);
        return vocabulary && value != null && (value.isURI() || value.isBlank()) ? value : focus;
    }

    /** The triples of the shared graphs reachable from {@code root} by following objects. */
    private List<Triple> closure(Node root) {
        return closures.computeIfAbsent(root, r -> {
            List<Triple> triples = new ArrayList<>();
            Set<Node> seen = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>();
            seen.add(r);
            todo.add(r);
            while (!todo.isEmpty()) {
                for (Triple t : sharedBySubject.getOrDefault(todo.poll(), List.of())) {
                    triples.add(t);
                    Node o = t.getObject();
                    if (!o.isLiteral() && sharedBySubject.containsKey(o) && seen.add(o)) {
                        todo.add(o);
                    }
                }
            }
            return List.copyOf(triples);
        });
    }

    private static String sourceText(Graph graph, Node focus) {
        Node derived = HP.wasDerivedFrom;
        List<Node> spans = graph.find(focus, derived, Node.ANY).mapWith(t -> t.getObject()).toList();
        for (Node span : spans) {
            List<Node> texts = graph.find(span, HP.text, Node.ANY).mapWith(t -> t.getObject()).toList();
            if (!texts.isEmpty()) {
                // one line, so that a problem is one line of a report
                String text = texts.get(0).getLiteralLexicalForm().replaceAll("\\s*\\R\\s*", " ");
                return text.length() > 80 ? text.substring(0, 80) + "…" : text;
            }
        }
        return null;
    }

    /** The offsets of the span a node was derived from, as "start-end", or null. */
    private static String spanOffsets(Graph graph, Node focus) {
        Node derived = HP.wasDerivedFrom;
        for (Node span : graph.find(focus, derived, Node.ANY).mapWith(t -> t.getObject()).toList()) {
            List<Node> start = graph.find(span, HP.startOffset, Node.ANY).mapWith(t -> t.getObject()).toList();
            List<Node> end = graph.find(span, HP.endOffset, Node.ANY).mapWith(t -> t.getObject()).toList();
            if (!start.isEmpty() && !end.isEmpty()) {
                return start.get(0).getLiteralLexicalForm() + "-" + end.get(0).getLiteralLexicalForm();
            }
        }
        return null;
    }
}
