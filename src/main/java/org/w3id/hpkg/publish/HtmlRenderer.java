package org.w3id.hpkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.owasp.encoder.Encode;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.Prefixes;

/**
 * Readable HTML pages for browsers: a resource with its properties, the source text it was derived from
 * and the resources that link to it; or a whole small graph (the ontology, the dataset description) with
 * one section per subject. Links to served IRIs point into this server. Everything from the graph is
 * escaped.
 */
public final class HtmlRenderer {

    private static final int LONG_TEXT = 400;
    private static final String STYLE = """
            body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:60rem;margin:1.5rem auto;\
            padding:0 1rem;line-height:1.5;color:#222}
            header a{color:#555;text-decoration:none}h1{margin:.4rem 0 0}code{font-size:.85em;color:#555;word-break:break-all}
            table{border-collapse:collapse;width:100%}th{text-align:left;vertical-align:top;width:14rem;padding:.3rem .6rem .3rem 0;\
            font-weight:600}td{padding:.3rem 0;vertical-align:top}tr{border-top:1px solid #eee}
            blockquote{margin:.5rem 0;padding:.5rem 1rem;background:#f6f6f2;border-left:4px solid #b8a86a;white-space:pre-wrap}
            .formats a{margin-right:.6rem}.dt{color:#888;font-size:.8em}section{margin-top:1.5rem}
            """;

    private final IriPaths paths;
    private final PrefixMap prefixes = Prefixes.map();

    public HtmlRenderer(IriPaths paths) {
        this.paths = paths;
        prefixes.add("void", VoidDescription.VOID);
        prefixes.add("dcat", VoidDescription.DCAT);
        prefixes.add("foaf", VoidDescription.FOAF);
    }

    /** The page of one resource, served at {@code here}. */
    public String resource(ResourceDescriber.Description d, String here) {
        Graph g = d.graph();
        Graph labels = d.labels();
        Node s = d.subject();
        StringBuilder html = new StringBuilder(8192);
        String title = label(s, labels, false);
        head(html, title);
        html.append("<h1>").append(esc(title)).append("</h1>\n<p><code>").append(esc(s.getURI())).append("</code></p>\n");
        types(html, g, s, labels);
        formats(html);
        html.append("<section><h2>Properties</h2>\n");
        table(html, g, s, labels, true);
        html.append("</section>\n");
        sourceText(html, g, s, labels);
        incoming(html, d, here, labels);
        foot(html);
        return html.toString();
    }

    private void types(StringBuilder html, Graph g, Node s, Graph labels) {
        List<Node> types = g.find(s, RDF.Nodes.type, Node.ANY).mapWith(Triple::getObject).toList();
        if (types.isEmpty()) {
            return;
        }
        html.append("<p>");
        for (int i = 0; i < types.size(); i++) {
            Node type = types.get(i);
            html.append(i > 0 ? ", " : "").append(type.isURI() ? link(type.getURI(), label(type, labels, true))
                    : value(type, labels));
        }
        html.append("</p>\n");
    }

    /** The spans of text the resource was derived from, with where they stand. */
    private void sourceText(StringBuilder html, Graph g, Node s, Graph labels) {
        List<Node> spans = g.find(s, ResourceDescriber.WAS_DERIVED_FROM, Node.ANY).mapWith(Triple::getObject).toList();
        if (spans.isEmpty()) {
            return;
        }
        html.append("<section><h2>Source text</h2>\n");
        for (Node span : spans) {
            String text = first(g, span, HP.text);
            html.append("<blockquote>").append(esc(text == null ? "" : text)).append("</blockquote>\n<p class=\"dt\">");
            String start = first(g, span, HP.startOffset);
            String end = first(g, span, HP.endOffset);
            if (start != null && end != null) {
                html.append("characters ").append(esc(start)).append("–").append(esc(end)).append(" of ");
            }
            List<Node> docs = g.find(span, HP.inDocument, Node.ANY).mapWith(Triple::getObject).toList();
            if (!docs.isEmpty()) {
                html.append(value(docs.get(0), labels)).append(" · ");
            }
            html.append(link(span.getURI(), "span")).append("</p>\n");
        }
        html.append("</section>\n");
    }

    /** The resources that link to this one, a page of them at a time. */
    private void incoming(StringBuilder html, ResourceDescriber.Description d, String here, Graph labels) {
        if (d.incoming().isEmpty()) {
            return;
        }
        html.append("<section><h2>Referenced by</h2>\n<ul>\n");
        for (Triple t : d.incoming()) {
            html.append("<li>").append(value(t.getSubject(), labels)).append(" <span class=\"dt\">")
                    .append(esc(label(t.getPredicate(), labels, true))).append("</span></li>\n");
        }
        html.append("</ul>\n");
        if (d.pages() > 1) {
            html.append("<p class=\"dt\">").append(d.incomingTotal()).append(" links in all; page ")
                    .append(d.page()).append(" of ").append(d.pages()).append(":");
            for (int p = 1; p <= d.pages(); p++) {
                html.append(' ').append(p == d.page() ? Integer.toString(p)
                        : "<a href=\"" + esc(ResourceServlet.pageUrl(here, p)) + "\">" + p + "</a>");
            }
            html.append("</p>\n");
        }
        html.append("</section>\n");
    }

    /**
     * A page listing every subject of a small graph, each in a section whose id is its local name (so that
     * {@code /ontology#Task} lands on the class). {@code first} subjects come before the others.
     */
    public String graph(String title, String intro, Graph g, List<Node> first) {
        StringBuilder html = new StringBuilder(16384);
        head(html, title);
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        if (intro != null) {
            html.append("<p>").append(intro).append("</p>\n");
        }
        formats(html);
        List<Node> subjects = new ArrayList<>(first);
        g.find().mapWith(Triple::getSubject).toSet().stream().filter(n -> !first.contains(n))
                .sorted(Comparator.comparing(Node::toString)).forEach(subjects::add);
        for (Node s : subjects) {
            if (!s.isURI() && !s.isBlank() || !g.contains(s, Node.ANY, Node.ANY)) {
                continue;
            }
            String id = s.isURI() ? anchor(s.getURI()) : "b" + Integer.toHexString(s.hashCode());
            html.append("<section id=\"").append(esc(id)).append("\"><h2>").append(esc(label(s, g, false)))
                    .append("</h2>\n");
            if (s.isURI()) {
                html.append("<p><code>").append(esc(s.getURI())).append("</code></p>\n");
            }
            table(html, g, s, g, false);
            html.append("</section>\n");
        }
        foot(html);
        return html.toString();
    }

    /** A plain page with prepared, already escaped body HTML. */
    public String page(String title, String bodyHtml) {
        StringBuilder html = new StringBuilder(bodyHtml.length() + 2048);
        head(html, title, false);
        html.append(bodyHtml);
        foot(html);
        return html.toString();
    }

    private void table(StringBuilder html, Graph g, Node s, Graph labels, boolean skipType) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        g.find(s, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !(skipType && t.getPredicate().equals(RDF.Nodes.type)))
                .sorted(Comparator.comparing((Triple t) -> order(t.getPredicate())).thenComparing(t -> t.getPredicate().getURI())
                        .thenComparing(t -> t.getObject().toString()))
                .forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        html.append("<table>\n");
        byPredicate.forEach((p, values) -> {
            html.append("<tr><th title=\"").append(esc(p.getURI())).append("\">").append(link(p.getURI(), label(p, labels, true)))
                    .append("</th><td>");
            for (int i = 0; i < values.size(); i++) {
                html.append(i > 0 ? "<br>\n" : "").append(value(values.get(i), labels));
            }
            html.append("</td></tr>\n");
        });
        html.append("</table>\n");
    }

    private static int order(Node p) {
        if (p.equals(RDFS.Nodes.label) || p.equals(SKOS.prefLabel.asNode())) {
            return 0;
        }
        return p.equals(HP.text) ? 2 : 1;
    }

    private String value(Node o, Graph labels) {
        if (o.isURI()) {
            return link(o.getURI(), label(o, labels, false));
        }
        if (o.isBlank()) {
            return "<span class=\"dt\">[blank node]</span>";
        }
        if (!o.isLiteral()) {
            return esc(o.toString());
        }
        String text = o.getLiteralLexicalForm();
        String shown = text.length() > LONG_TEXT
                ? "<details><summary>" + esc(text.substring(0, 120)) + "…</summary><blockquote>" + esc(text)
                        + "</blockquote></details>"
                : esc(text);
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            return "<span lang=\"" + esc(lang) + "\">" + shown + "</span> <span class=\"dt\">@" + esc(lang) + "</span>";
        }
        String dt = o.getLiteralDatatypeURI();
        if (dt != null && !dt.equals("http://www.w3.org/2001/XMLSchema#string")) {
            return shown + " <span class=\"dt\">" + esc(qname(dt)) + "</span>";
        }
        return shown;
    }

    private String link(String iri, String text) {
        return "<a href=\"" + esc(paths.href(iri)) + "\">" + esc(text) + "</a>";
    }

    /** A display label: for properties and classes English first, for instances their own (Chinese) label. */
    String label(Node n, Graph labels, boolean vocabulary) {
        if (!n.isURI()) {
            return n.toString();
        }
        List<Node> found = new ArrayList<>();
        labels.find(n, RDFS.Nodes.label, Node.ANY).forEachRemaining(t -> found.add(t.getObject()));
        labels.find(n, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(t -> found.add(t.getObject()));
        String[] preference = vocabulary ? new String[] {"en", "", "zh"} : new String[] {"", "zh", "en"};
        for (String lang : preference) {
            for (Node l : found) {
                if (l.isLiteral() && l.getLiteralLanguage().equalsIgnoreCase(lang)) {
                    return l.getLiteralLexicalForm();
                }
            }
        }
        if (!found.isEmpty() && found.get(0).isLiteral()) {
            return found.get(0).getLiteralLexicalForm();
        }
        return qname(n.getURI());
    }

    private String qname(String iri) {
        String q = prefixes.abbreviate(iri);
        if (q != null) {
            return q;
        }
        if (iri.startsWith(paths.base())) {
            return iri.substring(paths.base().length());
        }
        return iri;
    }

    private static String anchor(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static String first(Graph g, Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        return values.isEmpty() || !values.get(0).isLiteral() ? null : values.get(0).getLiteralLexicalForm();
    }

    private void head(StringBuilder html, String title) {
        head(html, title, true);
    }

    private void head(StringBuilder html, String title, boolean alternates) {
        html.append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" · hpkg</title>\n");
        for (String[] alt : alternates ? ALTERNATES : new String[0][]) {
            html.append("<link rel=\"alternate\" type=\"").append(alt[1]).append("\" href=\"?format=").append(alt[0])
                    .append("\">\n");
        }
        html.append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n<header><a href=\"")
                .append(esc(paths.root())).append("\">hpkg</a> · <a href=\"").append(esc(paths.root()))
                .append("sparql\">SPARQL</a> · <a href=\"").append(esc(paths.root())).append("ontology\">ontology</a> · <a href=\"")
                .append(esc(paths.root())).append(".well-known/void\">dataset</a></header>\n");
    }

    private static final String[][] ALTERNATES = {
        {"ttl", "text/turtle", "Turtle"}, {"jsonld", "application/ld+json", "JSON-LD"},
        {"nt", "application/n-triples", "N-Triples"}, {"rdf", "application/rdf+xml", "RDF/XML"}};

    private static void formats(StringBuilder html) {
        html.append("<p class=\"formats\">Also as ");
        for (String[] alt : ALTERNATES) {
            html.append("<a href=\"?format=").append(alt[0]).append("\">").append(alt[2]).append("</a>");
        }
        html.append("</p>\n");
    }

    private static void foot(StringBuilder html) {
        html.append("</body>\n</html>\n");
    }

    /** Escapes text for HTML content and quoted attribute values (OWASP's encoder, as the report uses). */
    public static String esc(String s) {
        return Encode.forHtml(s);
    }
}
