package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.hpkg.load.SourceList;

/**
 * The files of a corpus folder, in file-name order (as Java compares strings) so that every rebuild sees
 * them in the same order, the order of the build manifest's entries, which a full rebuild writes as the
 * corpus streams past; hidden files, {@code sources.csv} (where the files came from) and the folder's own
 * notes (a {@code README} or any Markdown file: no authority publishes a plan as Markdown) are not plans.
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
                    // the list of where files came from is not a plan
                    .filter(p -> !p.getFileName().toString().equals(SourceList.FILE_NAME))
                    .filter(p -> !isFolderNote(p.getFileName().toString()))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()))
                    .toList();
        }
    }

    static boolean isFolderNote(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".md") || lower.startsWith("readme");
    }
}
