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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.Gazetteer;
import org.w3id.hpkg.pipeline.CorpusFiles;
import org.w3id.hpkg.pipeline.DocumentPipeline;

class CorpusGeneratorTest {

    private static final CorpusGenerator GENERATOR = new CorpusGenerator(7);

    @Test
    void givenTheSameSeed_whenPlansAreGeneratedTwice_thenTheBytesAreEqual_andAnotherSeedDiffers() {
        CorpusGenerator again = new CorpusGenerator(7);
        CorpusGenerator other = new CorpusGenerator(8);
        for (int i = 0; i < 20; i++) {
            GeneratedPlan plan = GENERATOR.plan(i);
            assertArrayEquals(plan.bytes(), again.plan(i).bytes(), "plan " + i);
            assertEquals(plan.fileName(), other.plan(i).fileName());
            assertFalse(Arrays.equals(plan.bytes(), other.plan(i).bytes()), "plan " + i + " with seed 8");
        }
    }

    @Test
    void givenManyPlans_thenSizesStayWithinTheCorpusRange_andEveryVariantOccurs() {
        Set<PlanVariant> seen = EnumSet.noneOf(PlanVariant.class);
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < 400; i++) {
            GeneratedPlan plan = GENERATOR.plan(i);
            assertTrue(plan.chars() >= PlanComposer.MIN_CHARS && plan.chars() <= PlanComposer.MAX_CHARS,
                    plan.fileName() + " has " + plan.chars() + " characters");
            assertTrue(plan.tasks() >= 3, plan.fileName() + " has " + plan.tasks() + " tasks");
            assertTrue(names.add(plan.fileName()));
            seen.addAll(plan.variants());
        }
        assertEquals(EnumSet.allOf(PlanVariant.class), seen);
    }

    /** The ground truth is only worth something if the pipeline reads exactly it from every kind of plan. */
    @Test
    void givenGeneratedPlansOfEveryVariant_whenTheyAreExtracted_thenTasksAndTargetsEqualTheGroundTruth() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new Gazetteer());
        Set<PlanVariant> covered = EnumSet.noneOf(PlanVariant.class);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            GeneratedPlan plan = GENERATOR.plan(i);
            ExtractedDocument doc = pipeline.process(plan.fileName(), plan.bytes());
            int targets = doc.tasks().stream().mapToInt(t -> t.targets().size()).sum();
            if (doc.tasks().size() != plan.tasks() || targets != plan.targets()) {
                wrong.add(plan.fileName() + " " + plan.variants() + ": " + doc.tasks().size() + "/" + plan.tasks()
                        + " tasks, " + targets + "/" + plan.targets() + " targets");
            }
            covered.addAll(plan.variants());
        }
        assertEquals(List.of(), wrong);
        assertEquals(EnumSet.allOf(PlanVariant.class), covered);
    }

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
