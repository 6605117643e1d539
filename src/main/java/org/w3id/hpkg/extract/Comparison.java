package org.w3id.hpkg.extract;

/** How a target's value bounds its indicator; names follow the ontology's individuals. */
public enum Comparison {
    AT_LEAST("AtLeast"),
    AT_MOST("AtMost"),
    EXACTLY("Exactly"),
    APPROXIMATELY("Approximately"),
    BETWEEN("Between");

    private final String localName;

    Comparison(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology individual, e.g. {@code AtLeast}. */
    public String localName() {
        return localName;
    }
}
