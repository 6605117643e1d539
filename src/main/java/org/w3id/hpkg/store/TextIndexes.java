package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
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
 * Lucene field {@value #FIELD} for the Chinese text of documents, tasks and text spans, in simplified
 * characters ({@code hp:text}) and, where a document was converted, in its original characters
 * ({@code hp:originalText}). Queries name either property and search both:
 * {@code ?task text:query (hp:text "慢性病")}.
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
