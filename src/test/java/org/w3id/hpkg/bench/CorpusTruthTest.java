package org.w3id.hpkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The truth table of a generated corpus: the bytes corpora already hold stay those written and read. */
class CorpusTruthTest {

    /** A truth table as hpkg gen-corpus has written it (joined and split by hand, before commons-csv). */
    private static final String STORED = "# hpkg gen-corpus seed 42\n"
            + "file\tregion\tyear\tchars\ttasks\ttargets\tmentions\tvariants\n"
            + "plan-00001.txt\t430000\t2021\t5120\t12\t7\t1\tpinyin,broken_lines\n"
            + "plan-00002.txt\t110105\t2023\t880\t3\t0\t0\t\n";

    private static final CorpusTruth TRUTH = new CorpusTruth(42, List.of(
            new CorpusTruth.Entry("plan-00001.txt", "430000", 2021, 5120, 12, 7, 1,
                    EnumSet.of(PlanVariant.PINYIN, PlanVariant.BROKEN_LINES)),
            new CorpusTruth.Entry("plan-00002.txt", "110105", 2023, 880, 3, 0, 0, EnumSet.noneOf(PlanVariant.class))));

    @Test
    void writesTheBytesEarlierVersionsWrote(@TempDir Path dir) throws IOException {
        TRUTH.write(dir);
        assertEquals(STORED, Files.readString(dir.resolve(CorpusTruth.FILE_NAME), StandardCharsets.UTF_8));
        assertTrue(CorpusTruth.current(dir));
    }

    @Test
    void readsATableAnEarlierVersionWrote(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CorpusTruth.FILE_NAME), STORED, StandardCharsets.UTF_8);
        assertEquals(TRUTH, CorpusTruth.read(dir));
    }

    @Test
    void namesTheFileOfABadRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(CorpusTruth.FILE_NAME), STORED + "plan-00003.txt\t110105\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> CorpusTruth.read(dir));
        assertTrue(e.getMessage().contains(CorpusTruth.FILE_NAME + ": row 3 has 2 columns"), e.getMessage());
    }
}
