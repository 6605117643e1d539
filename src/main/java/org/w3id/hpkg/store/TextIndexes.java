package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.w3id.hpkg.rdf.HP;

/**
 * The layout of the jena-text index shared by {@link TextIndexBuilder} and {@link GraphStore}: one
 * Lucene field {@value #FIELD} for the Chinese text of tasks and text spans, in simplified characters
 * ({@code hp:text}) and, where a document was converted, in its original characters
 * ({@code hp:originalText}). Queries name either property and search both:
 * {@code ?task text:query (hp:text "慢性病")}. Text that only repeats indexed text is left out: the whole
 * text of a document (its tasks hold the same words) and the span a task was read from (the task's own
 * text is indexed). Searches answer with tasks and targets; analysing everything three times made the
 * index take as long to build as the rest of a rebuild.
 */
public final class TextIndexes {

    /** The folder of the index inside a database folder. */
    public static final String FOLDER = "text-index";
    /** The Lucene field holding the indexed text. */
    public static final String FIELD = "text";
    /** The properties whose literals are indexed. */
    public static final List<Node> PROPERTIES = List.of(HP.text, HP.originalText);

    private TextIndexes() {}

    static Path folder(Path db) {
        return db.resolve(FOLDER);
    }

    static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** Whether a statement goes into the index, given whether its subject repeats indexed text. */
    public static boolean indexed(Quad quad, boolean subjectRepeats) {
        return PROPERTIES.contains(quad.getPredicate()) && quad.getObject().isLiteral() && !subjectRepeats;
    }

    /** The subjects of a graph whose text repeats indexed text: whole documents, spans tasks were read from. */
    static java.util.Set<Node> repeating(Iterable<Quad> graph) {
        java.util.Set<Node> tasks = new java.util.HashSet<>();
        java.util.Set<Node> repeating = new java.util.HashSet<>();
        for (Quad q : graph) {
            if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().equals(HP.Task)) {
                tasks.add(q.getSubject());
            } else if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().equals(HP.PolicyDocument)) {
                repeating.add(q.getSubject());
            }
        }
        for (Quad q : graph) {
            if (q.getPredicate().equals(WAS_DERIVED_FROM) && tasks.contains(q.getSubject())) {
                repeating.add(q.getObject());
            }
        }
        return repeating;
    }

    /** Whether the database in {@code db} has a complete text index. */
    public static boolean exists(Path db) {
        return Files.isDirectory(folder(db));
    }

    /**
     * Opens an index for queries only: without a lock, so that any number of processes can read it, and
     * through {@link ReadOnlyDirectory}, so that nothing a reader does can change it.
     */
    static TextIndex openForQueries(Path folder) throws IOException {
        return create(new ReadOnlyDirectory(FSDirectory.open(folder, NoLockFactory.INSTANCE)));
    }

    static TextIndex create(Directory dir) {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        for (Node property : PROPERTIES) {
            entities.set(FIELD, property);
        }
        entities.setPrimaryPredicate(HP.text);
        entities.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setValueStored(true);
        config.setAnalyzer(ChineseAnalyzer.forIndexing());
        Analyzer keyword = new KeywordAnalyzer();
        config.setQueryAnalyzer(new PerFieldAnalyzerWrapper(ChineseAnalyzer.forQueries(),
                java.util.Map.of("uri", keyword, "lang", keyword)));
        return new TextIndexLucene(dir, config);
    }
}
