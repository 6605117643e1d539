package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the statements of one named graph into a {@link StreamRDF}; skips null objects. A document's
 * writer also writes the descriptions of the shared resources it names ({@link #describe}) into the
 * graphs that describe them ({@link IriMinter#descriptionGraph}).
 */
final class QuadWriter {

    private final StreamRDF out;
    private final Node graph;
    private final UnaryOperator<Node> descriptionGraph;
    private long count;

    QuadWriter(StreamRDF out, Node graph) {
        this(out, graph, resource -> {
            throw new IllegalStateException("this graph describes no shared resource: " + graph);
        });
    }

    /** {@code descriptionGraph} gives the graph that describes a shared resource. */
    QuadWriter(StreamRDF out, Node graph, UnaryOperator<Node> descriptionGraph) {
        this.out = out;
        this.graph = graph;
        this.descriptionGraph = descriptionGraph;
    }

    void add(Node s, Node p, Node o) {
        write(graph, s, p, o);
    }

    void add(Node s, Node p, String literal) {
        if (literal != null && !literal.isEmpty()) {
            add(s, p, NodeFactory.createLiteralString(literal));
        }
    }

    /**
     * A statement of a shared resource's description, which must follow from the resource's IRI alone
     * (its kind, its key or name as a label): whichever document writes it, it is the same statement.
     */
    void describe(Node s, Node p, Node o) {
        Node described = descriptionGraph.apply(s);
        if (described == null) {
            throw new IllegalArgumentException("not a resource described once: " + s);
        }
        write(described, s, p, o);
    }

    void describe(Node s, Node p, String literal) {
        if (literal != null && !literal.isEmpty()) {
            describe(s, p, NodeFactory.createLiteralString(literal));
        }
    }

    private void write(Node g, Node s, Node p, Node o) {
        if (o != null) {
            out.quad(Quad.create(g, s, p, o));
            count++;
        }
    }

    void add(Node s, Node p, long integer) {
        add(s, p, integer(integer));
    }

    static Node integer(long integer) {
        return NodeFactory.createLiteralDT(Long.toString(integer), XSDDatatype.XSDinteger);
    }

    /**
     * Writes a decimal in its canonical form ({@code 90.0}, {@code 4.5}). TDB2 stores decimals by value and
     * reads {@code "90"^^xsd:decimal} back as {@code "90.0"}, which then no longer matches the stored term:
     * such a quad could never be deleted, and an incremental rebuild could not replace its graph.
     */
    void add(Node s, Node p, BigDecimal decimal) {
        if (decimal != null) {
            add(s, p, decimal(decimal));
        }
    }

    /** A decimal's literal in its canonical form (see {@link #add(Node, Node, BigDecimal)}). */
    static Node decimal(BigDecimal decimal) {
        String plain = decimal.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.indexOf('.') < 0 ? plain + ".0" : plain, XSDDatatype.XSDdecimal);
    }

    void add(Node s, Node p, LocalDate date) {
        if (date != null) {
            add(s, p, date(date));
        }
    }

    static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    void addYear(Node s, Node p, Integer year) {
        if (year != null) {
            add(s, p, NodeFactory.createLiteralDT(String.format("%04d", year), XSDDatatype.XSDgYear));
        }
    }

    long count() {
        return count;
    }
}
