package org.w3id.hpkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.rebuild.CorpusFiles;

/** The generator writing corpora into folders (the plans it generates, hundreds of them: {@link CorpusGeneratorIT}). */
class CorpusGeneratorTest {

    private static final CorpusGenerator GENERATOR = new CorpusGenerator(7);

    @Test
    void givenAFolder_whenACorpusIsWritten_thenItHoldsThePlansAndTheirTruth_andASmallerCorpusIsItsPrefix(
            @TempDir Path dir) throws Exception {
        CorpusTruth big = GENERATOR.write(dir.resolve("big"), 12, 2);
        CorpusTruth small = GENERATOR.write(dir.resolve("small"), 5, 1);
        assertEquals(12, CorpusFiles.list(dir.resolve("big")).size());
        assertEquals(big, CorpusTruth.read(dir.resolve("big")));
        assertEquals(big.entries().subList(0, 5), small.entries());
        for (CorpusTruth.Entry e : small.entries()) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("big").resolve(e.file())),
                    Files.readAllBytes(dir.resolve("small").resolve(e.file())));
        }
        assertEquals(big.tasks(), big.entries().stream().mapToLong(CorpusTruth.Entry::tasks).sum());
    }

    @Test
    void givenTheTruthOfAnEarlierGenerator_thenItIsNotCurrent_andReadingItSaysToGenerateAgain(@TempDir Path dir)
            throws Exception {
        GENERATOR.write(dir, 2, 1);
        assertTrue(CorpusTruth.current(dir));
        Path truth = dir.resolve(CorpusTruth.FILE_NAME);
        List<String> lines = Files.readAllLines(truth);
        List<String> earlier = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            earlier.add(line.startsWith("#") ? line : String.join("\t", f[0], f[1], f[2], f[3], f[4], f[5], f[7]));
        }
        Files.write(truth, earlier);
        assertFalse(CorpusTruth.current(dir));
        IOException e = assertThrows(IOException.class, () -> CorpusTruth.read(dir));
        assertTrue(e.getMessage().contains("earlier hpkg gen-corpus"), e.getMessage());
        GENERATOR.write(dir, 2, 1);
        assertTrue(CorpusTruth.current(dir), "an earlier corpus is replaced");
    }

    @Test
    void givenAFolderWithOtherFiles_whenACorpusIsWritten_thenItRefusesToMixThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.txt"), "一、任务");
        IOException e = assertThrows(IOException.class, () -> GENERATOR.write(dir, 3, 1));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertTrue(Files.exists(dir.resolve("plan.txt")));
    }

    @Test
    void givenAnEarlierCorpus_whenASmallerOneIsWrittenOverIt_thenTheOldPlansAreGone(@TempDir Path dir) throws Exception {
        GENERATOR.write(dir, 6, 1);
        GENERATOR.write(dir, 2, 1);
        assertEquals(2, CorpusFiles.list(dir).size());
        assertEquals(2, CorpusTruth.read(dir).entries().size());
    }
}
