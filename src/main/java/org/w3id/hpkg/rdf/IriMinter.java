package org.w3id.hpkg.rdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints instance IRIs from stable keys only: file names, ordinals in document order, offsets,
 * admin codes and normalized names. Never counters across documents or hash-map order, so the same
 * input always gives the same IRIs. Names become IRI path segments as readable Unicode (an IRI, not a
 * URI); only characters that would break a path are percent-encoded.
 */
public final class IriMinter {

    private final String base;

    public IriMinter(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    public Node document(String docKey) {
        return iri("doc/" + segment(docKey));
    }

    public Node graph(String docKey) {
        return iri("graph/" + segment(docKey));
    }

    public Node gazetteerGraph() {
        return iri("graph/gazetteer");
    }

    public Node linksGraph() {
        return iri("graph/links");
    }

    /** The graph of the targets' statistics per indicator and unit ({@link StatisticsMapper}). */
    public Node statisticsGraph() {
        return iri("graph/statistics");
    }

    /** The graph recording what a database was built from (code fingerprint, manifest file), for rebuilds. */
    public Node manifestGraph() {
        return iri("graph/manifest");
    }

    /** The graph of the SKOS scheme of government sectors ({@code data/sectors.ttl}). */
    public Node sectorsGraph() {
        return iri("graph/sectors");
    }

    /** The graph listing the files a rebuild left out because their graphs violate the shapes. */
    public Node quarantineGraph() {
        return iri("graph/quarantine");
    }

    /** A file left out of the graph for violating the shapes: {@code quarantine/<file name>}. */
    public Node quarantinedFile(String fileName) {
        return iri("quarantine/" + segment(fileName));
    }

    /** The graphs that are not a document's, with what each holds (no file may be named after one). */
    public Map<Node, String> sharedGraphs() {
        return Map.of(gazetteerGraph(), "the gazetteer's regions", linksGraph(), "the links between plans",
                statisticsGraph(), "the targets' statistics", manifestGraph(), "the build manifest",
                sectorsGraph(), "the scheme of government sectors", quarantineGraph(), "the files left out");
    }

    public Node section(String docKey, int ordinal) {
        return iri("doc/" + segment(docKey) + "/section/" + ordinal);
    }

    public Node part(String docKey, int index) {
        return iri("doc/" + segment(docKey) + "/part/" + index);
    }

    public Node task(String docKey, int ordinal) {
        return iri("doc/" + segment(docKey) + "/task/" + ordinal);
    }

    public Node target(String docKey, int task, int index) {
        return iri("doc/" + segment(docKey) + "/task/" + task + "/target/" + index);
    }

    /** A target stated in a section's own text (a goals paragraph, an indicator table). */
    public Node sectionTarget(String docKey, int section, int index) {
        return iri("doc/" + segment(docKey) + "/section/" + section + "/target/" + index);
    }

    /** The section minted for a document's preamble (the text before its outline) when it states targets. */
    public Node preamble(String docKey) {
        return iri("doc/" + segment(docKey) + "/preamble");
    }

    /** A target stated in the preamble. */
    public Node preambleTarget(String docKey, int index) {
        return iri("doc/" + segment(docKey) + "/preamble/target/" + index);
    }

    public Node span(String docKey, int start, int end) {
        return iri("doc/" + segment(docKey) + "/span/" + start + "-" + end);
    }

    public Node note(String docKey, int index) {
        return iri("doc/" + segment(docKey) + "/note/" + index);
    }

    public Node indicator(String key) {
        return iri("indicator/" + segment(key));
    }

    /**
     * The statistics of an indicator's targets in one unit: {@code statistics/<key>/<unit code>}, beside the
     * indicator's own {@code indicator/<key>} ({@link UnitCodes}: {@code %} is {@code percent}).
     */
    public Node statistics(Node indicator, String unit) {
        String prefix = base + "indicator/";
        String uri = indicator.getURI();
        if (!uri.startsWith(prefix)) {
            throw new IllegalArgumentException("not an indicator of this base: " + uri);
        }
        return iri("statistics/" + uri.substring(prefix.length()) + "/" + segment(UnitCodes.code(unit)));
    }

    public Node programme(String name) {
        return iri("programme/" + segment(name));
    }

    public Node region(String adminCode) {
        return iri("region/" + segment(adminCode));
    }

    /** A renaming of a region ({@code region/<code>/renamed/<former name>}). */
    public Node regionRenaming(String adminCode, String formerName) {
        return iri("region/" + segment(adminCode) + "/renamed/" + segment(formerName));
    }

    /** How a document's jurisdiction is known: stated or inferred, with its evidence. */
    public Node jurisdictionEvidence(String docKey) {
        return iri("doc/" + segment(docKey) + "/jurisdiction");
    }

    /**
     * A named body, by its full name within its scope: the GB/T 2260 code of the place whose government it
     * belongs to ({@code org/360000/江西省卫生健康委员会}), or, for a plan naming no region, its issuer.
     */
    public Node organization(String scope, String name) {
        return iri("org/" + (scope == null ? "" : segment(scope) + "/") + segment(name));
    }

    /** A sector of {@code data/sectors.ttl} by its key: {@code sector/health-commission}. */
    public Node sector(String key) {
        return iri("sector/" + segment(key));
    }

    /** How many of a document's tasks bodies of a sector lead and cooperate on. */
    public Node sectorCount(String docKey, String sectorKey) {
        return iri("doc/" + segment(docKey) + "/sector/" + segment(sectorKey));
    }

    public Node person(String scope, String name) {
        return iri("person/" + segment(scope) + "/" + segment(name));
    }

    public Node timeLimit(LocalDate due) {
        return iri("time/" + due);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    /**
     * Keeps letters and digits of any script and a few safe marks; percent-encodes everything else, but
     * for {@code / % \}, which become their full-width forms ({@code ／ ％ ＼}): percent-encoded in a path
     * they are refused by HTTP servers as ambiguous, and such an IRI could never be dereferenced.
     * Public so that the server can map a requested path back to the IRI it names.
     */
    public static String segment(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().map(IriMinter::unambiguous).forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '~'
                    || cp == '(' || cp == ')' || cp == '+' || cp > 0x2E80 && isIriSafe(cp)) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }

    /** {@code / % \} as their full-width forms, which IRIs carry as they are; other characters unchanged. */
    private static int unambiguous(int cp) {
        return cp == '/' || cp == '%' || cp == '\\' ? cp - 0x21 + 0xFF01 : cp;
    }

    /** CJK punctuation is allowed in IRIs (ucschar), but not the ideographic space. */
    private static boolean isIriSafe(int cp) {
        return cp != 0x3000 && !Character.isWhitespace(cp) && Character.getType(cp) != Character.PRIVATE_USE;
    }
}
