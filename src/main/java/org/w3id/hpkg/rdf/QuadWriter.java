package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Writes the statements of one named graph into a {@link StreamRDF}; skips null objects. */
final class QuadWriter {

    private final StreamRDF out;
    private final Node graph;
    private long count;

    QuadWriter(StreamRDF out, Node graph) {
        this.out = out;
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        if (o != null) {
            out.quad(Quad.create(graph, s, p, o));
            count++;
        }
    }

    void add(Node s, Node p, String literal) {
        if (literal != null && !literal.isEmpty()) {
            add(s, p, NodeFactory.createLiteralString(literal));
        }
    }

    void add(Node s, Node p, long integer) {
        add(s, p, NodeFactory.createLiteralDT(Long.toString(integer), XSDDatatype.XSDinteger));
    }

    /**
     * Writes a decimal in its canonical form ({@code 90.0}, {@code 4.5}). TDB2 stores decimals by value and
     * reads {@code "90"^^xsd:decimal} back as {@code "90.0"}, which then no longer matches the stored term:
     * such a quad could never be deleted, and an incremental rebuild could not replace its graph.
     */
    void add(Node s, Node p, BigDecimal decimal) {
        if (decimal != null) {
            String plain = decimal.stripTrailingZeros().toPlainString();
            add(s, p, NodeFactory.createLiteralDT(plain.indexOf('.') < 0 ? plain + ".0" : plain, XSDDatatype.XSDdecimal));
        }
    }

    void add(Node s, Node p, LocalDate date) {
        if (date != null) {
            add(s, p, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        }
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
