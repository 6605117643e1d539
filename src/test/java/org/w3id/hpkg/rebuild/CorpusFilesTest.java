package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {

    @Test
    void givenAFolderWithNotesAndASourceList_whenListed_thenOnlyThePlansInNameOrderRemain(@TempDir Path dir)
            throws Exception {
        for (String name : List.of("b-plan.pdf", "README.md", "readme.txt", "notes.md", "sources.csv", ".hidden.txt",
                "a-plan.txt", "c-plan.docx")) {
            Files.writeString(dir.resolve(name), "x");
        }
        Files.createDirectory(dir.resolve("annexes"));
        assertEquals(List.of("a-plan.txt", "b-plan.pdf", "c-plan.docx"),
                CorpusFiles.list(dir).stream().map(p -> p.getFileName().toString()).toList());
    }
}
