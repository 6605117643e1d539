package org.w3id.hpkg.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.w3id.hpkg.rdf.HP;

/**
 * The layout of the jena-text index shared by {@link TextIndexBuilder} and the store's {@code GraphStore}: one
 * Lucene field {@value #FIELD} for the Chinese text of tasks and text spans, in simplified characters
 * ({@code hp:text}) and, where a document was converted, in its original characters
 * ({@code hp:originalText}). Queries name either property and search both:
 * {@code ?task text:query (hp:text "慢性病")}. Text that only repeats indexed text is left out: the whole
 * text of a document (its tasks hold the same words) and the span a task was read from (the task's own
 * text is indexed). Searches answer with tasks and targets; analysing everything three times made the
 * index take as long to build as the rest of a rebuild.
 *
 * <p>The index keeps the words, not the texts: the store holds them. jena-text reads every hit's stored
 * document, and with the text in it that reading was most of a search with many hits (17,800 for 慢性病
 * on the 10,000-plan graph). So {@code text:query} binds no literal and its {@code "highlight:…"} option
 * marks nothing; queries read {@code hp:text} of the hits they keep and mark it with {@code hpf:highlight}.
 */
public final class TextIndexes {

    /** The folder of the index inside a database folder. */
    public static final String FOLDER = "text-index";
    /** The Lucene field holding the indexed text. */
    public static final String FIELD = "text";
    /** The properties whose literals are indexed. */
    public static final List<Node> PROPERTIES = List.of(HP.text, HP.originalText);

    private TextIndexes() {}

    public static Path folder(Path db) {
        return db.resolve(FOLDER);
    }

    /**
     * Whether a statement of the database goes into the index: a literal of an indexed property whose
     * subject is neither a whole document nor the span a task was read from (their words are indexed
     * on the task). Call inside a transaction that sees the statement's graph.
     */
    public static boolean indexed(DatasetGraph dsg, Quad quad) {
        return indexed(dsg.getGraph(quad.getGraph()), quad.asTriple());
    }

    /** Whether a statement of {@code graph} (one document's graph, or any other) goes into the index. */
    public static boolean indexed(Graph graph, Triple t) {
        if (!PROPERTIES.contains(t.getPredicate()) || !t.getObject().isLiteral()) {
            return false;
        }
        if (graph.contains(t.getSubject(), RDF.Nodes.type, HP.PolicyDocument)) {
            return false;
        }
        Iterator<Triple> sources = graph.find(Node.ANY, HP.wasDerivedFrom, t.getSubject());
        while (sources.hasNext()) {
            if (graph.contains(sources.next().getSubject(), RDF.Nodes.type, HP.Task)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the database in {@code db} has a complete text index. */
    public static boolean exists(Path db) {
        return Files.isDirectory(folder(db));
    }

    /**
     * Opens an index for queries only: without a lock, so that any number of processes can read it, and
     * through {@link ReadOnlyDirectory}, so that nothing a reader does can change it.
     */
    public static TextIndex openForQueries(Path folder) throws IOException {
        return create(new ReadOnlyDirectory(FSDirectory.open(folder, NoLockFactory.INSTANCE)));
    }

    static TextIndex create(Directory dir) {
        return create(dir, false);
    }

    /**
     * An index of this layout; with {@code storeValues} it also keeps each text, as jena-text needs to
     * answer with the literal and to mark it ({@code "highlight:…"}): the tests compare
     * {@code hpf:highlight} with those marks.
     */
    static TextIndex create(Directory dir, boolean storeValues) {
        EntityDefinition entities = new EntityDefinition("uri", FIELD);
        for (Node property : PROPERTIES) {
            entities.set(FIELD, property);
        }
        entities.setPrimaryPredicate(HP.text);
        entities.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setValueStored(storeValues);
        config.setAnalyzer(ChineseAnalyzer.forIndexing());
        config.setQueryAnalyzer(queryAnalyzer());
        return new TextIndexLucene(dir, config);
    }

    /** How queries are read: Chinese words in the text field, the entity and language fields as they are. */
    static Analyzer queryAnalyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(ChineseAnalyzer.forQueries(), java.util.Map.of("uri", keyword, "lang", keyword));
    }
}
