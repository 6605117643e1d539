package org.w3id.hpkg.rdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints instance IRIs from stable keys only: file names, ordinals in document order, offsets,
 * admin codes and normalized names. Never counters across documents or hash-map order, so the same
 * input always gives the same IRIs. Names become IRI path segments as readable Unicode (an IRI, not a
 * URI); only characters that would break a path are percent-encoded.
 */
public final class IriMinter {

    /** The IRI paths of resources described once ({@link #descriptionGraph}), and the names of their graphs. */
    private static final Map<String, String> DESCRIBED_ONCE = orderedMap("indicator/", "indicators", "org/",
            "organizations", "person/", "persons", "programme/", "programmes", "time/", "time-limits");
    /** The graph describing the townships plans name (IRIs {@code region/<nine-digit statistics code>}). */
    private static final String TOWNSHIPS = "townships";
    private static final Pattern TOWNSHIP = Pattern.compile("region/[0-9]{9}");

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

    /**
     * The graph that statements written to the default graph through the SPARQL endpoint go into: the
     * default graph of queries is the union of the named graphs, so they are seen there too.
     */
    public Node updatesGraph() {
        return iri("graph/updates");
    }

    /**
     * The subject of the statements recording what a database was built from (code fingerprint, manifest
     * file); they live in the database's own default graph, which queries never see (their default graph
     * is the union of the named graphs).
     */
    public Node manifestGraph() {
        return iri("graph/manifest");
    }

    /** The graph of the SKOS scheme of government sectors ({@code data/sectors.ttl}). */
    public Node sectorsGraph() {
        return iri("graph/sectors");
    }

    /**
     * The graph describing a resource that many documents name (an indicator, a body, a person, a
     * programme, a time limit, a township), or null for any other IRI. Such a resource is described once,
     * in the graph of its kind, and not in every document graph that names it: then a lookup in the union
     * of the named graphs, which TDB2 computes per query, finds one entry per statement, however many plans
     * name it. The other regions are in the gazetteer's graph; a township (its nine-digit statistics code)
     * only once a plan names it, so that the store holds the townships plans name, not all 41,352.
     */
    public Node descriptionGraph(Node resource) {
        if (!resource.isURI() || !resource.getURI().startsWith(base)) {
            return null;
        }
        String path = resource.getURI().substring(base.length());
        for (Map.Entry<String, String> kind : DESCRIBED_ONCE.entrySet()) {
            if (path.startsWith(kind.getKey())) {
                return iri("graph/" + kind.getValue());
            }
        }
        return TOWNSHIP.matcher(path).matches() ? iri("graph/" + TOWNSHIPS) : null;
    }

    /** The graph describing the indicators (one of {@link #descriptionGraph}). */
    public Node indicatorsGraph() {
        return iri("graph/" + DESCRIBED_ONCE.get("indicator/"));
    }

    /** The graphs of {@link #descriptionGraph}, in a fixed order. */
    public List<Node> descriptionGraphs() {
        List<Node> graphs = new ArrayList<>();
        DESCRIBED_ONCE.values().forEach(name -> graphs.add(iri("graph/" + name)));
        graphs.add(iri("graph/" + TOWNSHIPS));
        return List.copyOf(graphs);
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
        Map<Node, String> graphs = new LinkedHashMap<>();
        graphs.put(gazetteerGraph(), "the gazetteer's regions");
        graphs.put(sectorsGraph(), "the scheme of government sectors");
        graphs.put(linksGraph(), "the links between plans");
        graphs.put(statisticsGraph(), "the targets' statistics");
        graphs.put(quarantineGraph(), "the files left out");
        graphs.put(updatesGraph(), "what is written to the default graph through the SPARQL endpoint");
        graphs.put(manifestGraph(), "the build manifest");
        descriptionGraphs().forEach(g -> graphs.put(g, "the descriptions of the "
                + g.getURI().substring(g.getURI().lastIndexOf('/') + 1)));
        return graphs;
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

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
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
