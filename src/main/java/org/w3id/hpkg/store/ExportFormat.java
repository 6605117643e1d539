package org.w3id.hpkg.store;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Serializations of {@code hpkg export}; quad formats keep the named graphs, triple formats give their union. */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_BLOCKS, false, true),
    TRIG(RDFFormat.TRIG_BLOCKS, true, true),
    NT(RDFFormat.NTRIPLES, false, true),
    NQ(RDFFormat.NQUADS, true, true),
    JSONLD(RDFFormat.JSONLD, true, false),
    RDFXML(RDFFormat.RDFXML, false, false);

    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;

    ExportFormat(RDFFormat format, boolean quads, boolean streaming) {
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
    }

    public RDFFormat format() {
        return format;
    }

    public Lang lang() {
        return format.getLang();
    }

    /** Whether the format carries named graphs. */
    public boolean quads() {
        return quads;
    }

    /** Whether Jena writes it as a stream, without building the graph in memory first. */
    public boolean streaming() {
        return streaming;
    }
}
