package org.w3id.hpkg.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.vocabulary.SHACL;

/** How grave a problem the shapes report is, as SHACL says ({@code sh:severity}, violation by default). */
public enum Severity {
    VIOLATION("violation"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Severity of(Node level) {
        if (SHACL.Warning.equals(level)) {
            return WARNING;
        }
        return SHACL.Info.equals(level) ? INFO : VIOLATION;
    }
}
