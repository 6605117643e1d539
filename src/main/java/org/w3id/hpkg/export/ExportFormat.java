package org.w3id.hpkg.export;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** Serializations of {@code hpkg export}; quad formats keep the named graphs, triple formats give their union. */
public enum ExportFormat {
    TTL(RDFFormat.TURTLE_BLOCKS, false, true, "ttl", "text/turtle"),
    TRIG(RDFFormat.TRIG_BLOCKS, true, true, "trig", "application/trig"),
    NT(RDFFormat.NTRIPLES, false, true, "nt", "application/n-triples"),
    NQ(RDFFormat.NQUADS, true, true, "nq", "application/n-quads"),
    JSONLD(RDFFormat.JSONLD, true, false, "jsonld", "application/ld+json"),
    RDFXML(RDFFormat.RDFXML_PLAIN, false, false, "rdf", "application/rdf+xml");

    private final RDFFormat format;
    private final boolean quads;
    private final boolean streaming;
    private final String extension;
    private final String mediaType;

    ExportFormat(RDFFormat format, boolean quads, boolean streaming, String extension, String mediaType) {
        this.format = format;
        this.quads = quads;
        this.streaming = streaming;
        this.extension = extension;
        this.mediaType = mediaType;
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

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The registered media type. */
    public String mediaType() {
        return mediaType;
    }

    /** The format a name stands for: {@code ttl}, {@code TriG}, {@code rdfxml}, … */
    public static ExportFormat of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "': use ttl, trig, nt, nq, jsonld or rdfxml");
    }

    /** The format a file name's extension stands for, ignoring a final {@code .gz}. */
    public static Optional<ExportFormat> forFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1);
        for (ExportFormat f : values()) {
            if (f.extension.equals(ext)) {
                return Optional.of(f);
            }
        }
        return switch (ext) {
            case "owl", "xml" -> Optional.of(RDFXML);
            case "json" -> Optional.of(JSONLD);
            default -> Optional.empty();
        };
    }
}
