package org.w3id.hpkg.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Brings the text index of a database ({@link TextIndexBuilder}) up to date after an incremental rebuild
 * replaced some document graphs: the entries of the subjects whose texts were dropped are deleted and the
 * new texts added. The graph and the index cannot be committed together, so a marker file is written
 * before the graph is committed and removed once the index has caught up; a database whose marker
 * survived a crash is rebuilt in full next time ({@link #interrupted}).
 */
public final class TextIndexUpdate {

    static final String MARKER = "text-index.updating";

    private final Path db;
    private final Set<Node> removed = new LinkedHashSet<>();
    private final List<Quad> added = new ArrayList<>();

    public TextIndexUpdate(Path db) {
        this.db = db;
    }

    /** Whether an update of this database's index began and never finished. */
    public static boolean interrupted(Path db) {
        return Files.exists(db.resolve(MARKER));
    }

    /** Notes a quad leaving the database; only indexed properties matter. */
    public void removed(Quad quad) {
        if (TextIndexes.PROPERTIES.contains(quad.getPredicate()) && quad.getSubject().isURI()) {
            removed.add(quad.getSubject());
        }
    }

    /** Notes the quads of a graph that entered the database (call in the transaction that added them). */
    public void added(DatasetGraph dsg, List<Quad> quads) {
        for (Quad q : quads) {
            if (TextIndexes.indexed(dsg, q)) {
                added.add(q);
            }
        }
    }

    /** Call before the graph is committed. */
    public void begin() throws IOException {
        if (TextIndexes.exists(db)) {
            Files.writeString(db.resolve(MARKER), "an incremental rebuild is updating the text index\n",
                    StandardCharsets.UTF_8);
        }
    }

    /** Call after the graph is committed: applies the changes and removes the marker. */
    public void apply() throws IOException {
        if (!TextIndexes.exists(db)) {
            return;
        }
        try (Directory dir = FSDirectory.open(TextIndexes.folder(db))) {
            TextIndexLucene index = (TextIndexLucene) TextIndexes.create(dir);
            try {
                for (Node subject : removed) {
                    index.getIndexWriter().deleteDocuments(new Term(index.getDocDef().getEntityField(), subject.getURI()));
                }
                for (Quad q : added) {
                    Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                }
                index.commit();
            } finally {
                index.close();
            }
        }
        Files.deleteIfExists(db.resolve(MARKER));
    }
}
