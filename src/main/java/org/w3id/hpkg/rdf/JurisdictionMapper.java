package org.w3id.hpkg.rdf;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.hpkg.extract.region.Jurisdiction;

/**
 * A document's {@code hp:jurisdiction} and how it is known ({@code hp:jurisdictionEvidence}): stated by its
 * issuer or title, or inferred from the places its text names ({@code hp:inferred true}), with a
 * confidence, the words read ({@code hp:evidenceText}) and the spans of text they stand in.
 */
final class JurisdictionMapper {

    private final IriMinter iris;

    JurisdictionMapper(IriMinter iris) {
        this.iris = iris;
    }

    void map(QuadWriter w, String key, Node d, String text, Jurisdiction jurisdiction) {
        if (jurisdiction == null) {
            return;
        }
        w.add(d, HP.jurisdiction, RegionWriter.named(w, iris, jurisdiction.region()));
        Node evidence = iris.jurisdictionEvidence(key);
        w.add(d, HP.jurisdictionEvidence, evidence);
        w.add(evidence, RDF.Nodes.type, HP.JurisdictionEvidence);
        w.add(evidence, HP.inferred, NodeFactory.createLiteralDT(Boolean.toString(jurisdiction.inferred()),
                XSDDatatype.XSDboolean));
        w.add(evidence, HP.confidence, jurisdiction.confidence().compareTo(BigDecimal.ONE) == 0
                ? new BigDecimal("1.0") : jurisdiction.confidence());
        for (Jurisdiction.Evidence e : jurisdiction.evidence()) {
            w.add(evidence, HP.evidenceText, e.words());
            if (e.begin() >= 0) {
                Node span = iris.span(key, e.begin(), e.end());
                w.add(span, RDF.Nodes.type, HP.TextSpan);
                w.add(span, HP.inDocument, d);
                w.add(span, HP.startOffset, e.begin());
                w.add(span, HP.endOffset, e.end());
                w.add(span, HP.text, text.substring(e.begin(), e.end()));
                w.add(evidence, HP.wasDerivedFrom, span);
            }
        }
    }
}
