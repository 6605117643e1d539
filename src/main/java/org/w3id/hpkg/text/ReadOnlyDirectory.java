package org.w3id.hpkg.text;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory that refuses every write. jena-text opens an index writer even to query; over this
 * directory that writer can read the index but never change it (it has nothing to commit).
 */
final class ReadOnlyDirectory extends FilterDirectory {

    ReadOnlyDirectory(Directory in) {
        super(in);
    }

    private static IOException refused(String what) {
        return new IOException("the text index is read-only here (" + what + ")");
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        throw refused("create " + name);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        throw refused("create " + prefix);
    }

    @Override
    public void deleteFile(String name) throws IOException {
        throw refused("delete " + name);
    }

    @Override
    public void rename(String source, String dest) throws IOException {
        throw refused("rename " + source);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        throw refused("sync");
    }

    @Override
    public void syncMetaData() throws IOException {
        throw refused("sync");
    }
}
