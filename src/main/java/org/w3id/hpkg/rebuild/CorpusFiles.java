package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a corpus folder, in file-name order (as Java compares strings) so that every rebuild sees
 * them in the same order, the order of the build manifest's entries, which a full rebuild writes as the
 * corpus streams past.
 */
public final class CorpusFiles {

    private CorpusFiles() {}

    public static List<Path> list(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("corpus folder not found: " + corpus);
        }
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                    .toList();
        }
    }
}
