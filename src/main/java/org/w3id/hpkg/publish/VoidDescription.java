package org.w3id.hpkg.publish;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.Prefixes;
import org.w3id.hpkg.rdf.SdgIndicators;
import org.w3id.hpkg.store.GraphNames;

/**
 * A VoID and DCAT description of the graph: title, licence, publisher, where the SPARQL endpoint and
 * the dumps are, example resources, how many triples, how many entities of each class, one subset per
 * named graph, and the linksets to the UN's SDG indicators and from the plans to the gazetteer. The
 * dataset has a stable IRI under the base of the instances ({@code <base>dataset}, whatever host serves
 * it), and every node of the description is an IRI under it, so the description is the same graph every
 * time it is made from the same store; a server adds when its version was first served
 * ({@code dcterms:modified}) and the version ({@code owl:versionInfo}).
 */
public final class VoidDescription {

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The UN's SDG indicator metadata, which the links graph matches indicators to. */
    static final String SDG = SdgIndicators.NS;
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String TITLE_EN = "hpkg: knowledge graph of Chinese health-commission work plans";
    static final String TITLE_ZH = "卫生健康工作要点知识图谱";
    private static final int EXAMPLES = 3;

    private final String base;
    private final String root;
    private final String sparqlEndpoint;
    private final Map<ExportFormat, Long> dumpSizes;
    private final Instant modified;
    private final String version;

    /**
     * @param base           base of the instance IRIs ({@code https://w3id.org/hpkg/id/})
     * @param root           public root under which the description, dumps and context are published
     * @param sparqlEndpoint the endpoint's public URL, or null when the graph is not served
     * @param dumpSizes      byte sizes of the dumps at {@code <root>dump/hpkg.<ext>}, empty when unknown
     */
    public VoidDescription(String base, String root, String sparqlEndpoint, Map<ExportFormat, Long> dumpSizes) {
        this.base = base;
        this.root = root.endsWith("/") ? root : root + "/";
        this.sparqlEndpoint = sparqlEndpoint;
        this.dumpSizes = Map.copyOf(dumpSizes);
        this.modified = null;
        this.version = null;
    }

    private VoidDescription(VoidDescription d, Instant modified, String version) {
        this.base = d.base;
        this.root = d.root;
        this.sparqlEndpoint = d.sparqlEndpoint;
        this.dumpSizes = d.dumpSizes;
        this.modified = modified;
        this.version = version;
    }

    /** The same description, saying since when the graph has been served as it is, and its version tag. */
    public VoidDescription served(Instant since, String versionTag) {
        return new VoidDescription(this, since, versionTag);
    }

    /** The IRI of the description document, also the graph name it gets in exports. */
    public Node documentIri() {
        return iri(root + ".well-known/void");
    }

    /** The IRI of the dataset it describes: stable, under the base of the instances, dereferenceable there. */
    public Node datasetIri() {
        return iri(base + "dataset");
    }

    private Node part(String local) {
        return iri(base + "dataset#" + local);
    }

    /** Where the dump in {@code format} is published. */
    public String dumpUrl(ExportFormat format) {
        return root + "dump/hpkg." + format.extension();
    }

    public Graph describe(Dataset dataset) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Prefixes.map().getMapping());
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("foaf", FOAF);
        Node doc = documentIri();
        Node ds = datasetIri();
        add(g, doc, RDF.Nodes.type, iri(VOID + "DatasetDescription"));
        add(g, doc, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Description of the hpkg dataset", "en"));
        add(g, doc, iri(FOAF + "primaryTopic"), ds);

        about(g, ds);
        service(g, ds);
        Txn.executeRead(dataset, () -> counts(dataset, g, ds));
        distributions(g, ds);
        return g;
    }

    /** What the dataset is, whose, under which licence, which version, in which IRI space. */
    private void about(Graph g, Node ds) {
        add(g, ds, RDF.Nodes.type, iri(VOID + "Dataset"));
        add(g, ds, RDF.Nodes.type, iri(DCAT + "Dataset"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE_EN, "en"));
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE_ZH, "zh"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(
                "Tasks, targets, indicators, responsible bodies, deadlines, programmes and regions extracted from "
                        + "the yearly work plans (工作要点) of Chinese health commissions, each statement linked to the "
                        + "span of text it was derived from.", "en"));
        add(g, ds, DCTerms.license.asNode(), iri(LICENSE));
        if (modified != null) {
            add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(modified.toString(), XSDDatatype.XSDdateTime));
        }
        if (version != null) {
            add(g, ds, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(version));
        }
        Node publisher = part("publisher");
        add(g, ds, DCTerms.publisher.asNode(), publisher);
        add(g, publisher, RDF.Nodes.type, iri(FOAF + "Organization"));
        add(g, publisher, iri(FOAF + "name"), NodeFactory.createLiteralString("hpkg project"));
        add(g, ds, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(base));
        add(g, ds, iri(VOID + "vocabulary"), iri(HP.ONTOLOGY));
        add(g, ds, iri(DCAT + "landingPage"), iri(root));
        add(g, ds, iri(VOID + "feature"), iri("http://www.w3.org/ns/formats/Turtle"));
        add(g, ds, iri(VOID + "feature"), iri("http://www.w3.org/ns/formats/JSON-LD"));
        add(g, ds, iri(VOID + "feature"), iri("http://www.w3.org/ns/formats/N-Quads"));
    }

    /** The SPARQL endpoint that serves it, when there is one. */
    private void service(Graph g, Node ds) {
        if (sparqlEndpoint != null) {
            Node endpoint = iri(sparqlEndpoint);
            add(g, ds, iri(VOID + "sparqlEndpoint"), endpoint);
            add(g, endpoint, RDF.Nodes.type, iri(DCAT + "DataService"));
            add(g, endpoint, iri(DCAT + "endpointURL"), endpoint);
            add(g, endpoint, iri(DCAT + "servesDataset"), ds);
            add(g, endpoint, DCTerms.conformsTo.asNode(), iri("https://www.w3.org/TR/sparql11-protocol/"));
        }
    }

    /** One distribution per dump format, with its size where the dump exists. */
    private void distributions(Graph g, Node ds) {
        for (ExportFormat format : ExportFormat.values()) {
            Node dist = part("dump-" + format.extension());
            Node url = iri(dumpUrl(format));
            add(g, ds, iri(DCAT + "distribution"), dist);
            add(g, ds, iri(VOID + "dataDump"), url);
            add(g, dist, RDF.Nodes.type, iri(DCAT + "Distribution"));
            add(g, dist, DCTerms.title.asNode(), NodeFactory.createLiteralString("hpkg." + format.extension()));
            add(g, dist, iri(DCAT + "downloadURL"), url);
            add(g, dist, iri(DCAT + "mediaType"), iri("https://www.iana.org/assignments/media-types/" + format.mediaType()));
            add(g, dist, DCTerms.format.asNode(), NodeFactory.createLiteralString(format.mediaType()));
            add(g, dist, DCTerms.license.asNode(), iri(LICENSE));
            if (format == ExportFormat.JSONLD) {
                add(g, dist, DCTerms.conformsTo.asNode(), iri(this.root + "context.jsonld"));
            }
            Long size = dumpSizes.get(format);
            if (size != null) {
                add(g, dist, iri(DCAT + "byteSize"), NodeFactory.createLiteralDT(size.toString(),
                        XSDDatatype.XSDnonNegativeInteger));
            }
        }
    }

    private void counts(Dataset dataset, Graph g, Node ds) {
        long triples = single(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        add(g, ds, iri(VOID + "triples"), integer(triples));
        add(g, ds, iri(VOID + "distinctSubjects"),
                integer(single(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")));
        add(g, ds, iri(VOID + "properties"),
                integer(single(dataset, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")));
        add(g, ds, iri(VOID + "entities"), integer(single(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c }")));
        List<Node> classes = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.create(
                "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c", dataset)) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Node cls = row.getResource("c").asNode();
                Node partition = part("class-" + fragment(cls, g));
                add(g, ds, iri(VOID + "classPartition"), partition);
                add(g, partition, iri(VOID + "class"), cls);
                add(g, partition, iri(VOID + "entities"), integer(row.getLiteral("n").getLong()));
                classes.add(cls);
            }
        }
        add(g, ds, iri(VOID + "classes"), integer(classes.size()));
        try (QueryExecution exec = QueryExecution.create("PREFIX hp: <" + HP.NS + ">\n"
                + "SELECT ?s WHERE { ?s a hp:Task } ORDER BY ?s LIMIT " + EXAMPLES, dataset)) {
            exec.execSelect().forEachRemaining(row -> add(g, ds, iri(VOID + "exampleResource"), row.getResource("s").asNode()));
        }
        subsets(dataset, g, ds);
        linksets(dataset, g, ds);
    }

    /** One subset per named graph (the build's bookkeeping left out), with its size and its name. */
    private void subsets(Dataset dataset, Graph g, Node ds) {
        try (QueryExecution exec = QueryExecution.create(
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", dataset)) {
            exec.execSelect().forEachRemaining(row -> {
                Node graph = row.getResource("g").asNode();
                if (GraphNames.isBookkeeping(graph)) {
                    return;
                }
                String name = graph.getURI();
                Node subset = part("graph-" + (name.startsWith(base) ? name.substring(base.length()).replace("graph/", "")
                        : fragment(graph, g)));
                add(g, ds, iri(VOID + "subset"), subset);
                add(g, subset, RDF.Nodes.type, iri(VOID + "Dataset"));
                add(g, subset, RDF.Nodes.type, iri(SD + "NamedGraph"));
                add(g, subset, iri(SD + "name"), graph);
                add(g, subset, iri(VOID + "triples"), integer(row.getLiteral("n").getLong()));
                provenance(dataset, g, graph, subset);
            });
        }
    }

    /** Where a graph came from, as the graph says of itself (the gazetteer: its source, version and licence). */
    private static void provenance(Dataset dataset, Graph g, Node graph, Node subset) {
        String query = "SELECT ?p ?o WHERE { GRAPH ?g { ?g ?p ?o } FILTER (?p IN (<%s>, <%s>, <%s>, <%s>, <%s>)) }"
                .formatted(DCTerms.source.getURI(), DCTerms.hasVersion.getURI(), DCTerms.description.getURI(),
                        DCTerms.rights.getURI(), RDFS.label.getURI());
        org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(query);
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(q)
                .substitution("g", dataset.getDefaultModel().asRDFNode(graph)).build()) {
            exec.execSelect().forEachRemaining(r -> add(g, subset, r.get("p").asNode(), r.get("o").asNode()));
        }
    }

    /**
     * The links to other datasets and between parts of this one: indicators matched to the UN's SDG
     * indicators ({@code skos:closeMatch}), and plans and tasks to the regions of the gazetteer.
     */
    private void linksets(Dataset dataset, Graph g, Node ds) {
        long sdg = single(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + SKOS.closeMatch.getURI() + "> ?o "
                + "FILTER(STRSTARTS(STR(?o), \"" + SDG + "\")) }");
        linkset(g, ds, "linkset-sdg", ds, iri(SDG), SKOS.closeMatch.asNode(), sdg);
        Node gazetteer = part("graph-gazetteer");
        for (Node p : List.of(HP.mentionsRegion, HP.jurisdiction)) {
            long n = single(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + p.getURI() + "> ?o }");
            linkset(g, ds, "linkset-" + p.getLocalName(), ds, gazetteer, p, n);
        }
    }

    private void linkset(Graph g, Node ds, String local, Node subjects, Node objects, Node predicate, long triples) {
        if (triples == 0) {
            return;
        }
        Node linkset = part(local);
        add(g, ds, iri(VOID + "subset"), linkset);
        add(g, linkset, RDF.Nodes.type, iri(VOID + "Linkset"));
        add(g, linkset, iri(VOID + "subjectsTarget"), subjects);
        add(g, linkset, iri(VOID + "objectsTarget"), objects);
        add(g, linkset, iri(VOID + "linkPredicate"), predicate);
        add(g, linkset, iri(VOID + "triples"), integer(triples));
    }

    /** {@code hp:Task} → {@code hp-Task}; a class outside the known prefixes gets its IRI percent-encoded. */
    private static String fragment(Node cls, Graph g) {
        String uri = cls.getURI();
        String qname = g.getPrefixMapping().qnameFor(uri);
        if (qname != null) {
            return qname.replace(':', '-');
        }
        return java.net.URLEncoder.encode(uri, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long single(Dataset dataset, String query) {
        try (QueryExecution exec = QueryExecution.create(query, dataset)) {
            return exec.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(n).toString(), XSDDatatype.XSDinteger);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
