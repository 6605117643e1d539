package org.w3id.hpkg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.ExtractedTask;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Level;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * The bench's generated plans, hundreds at a time: reproducible from the seed, of the corpus's sizes, every
 * variant, and read by the pipeline exactly as their ground truth says (writing them into folders:
 * {@link CorpusGeneratorTest}).
 */
class CorpusGeneratorIT {

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

    /**
     * The ground truth is only worth something if the pipeline reads exactly it from every kind of plan:
     * tasks, targets, and the tasks that name a region other than the plan's; and the regions named in the
     * text never make the extractor place a plan in another region than its own (a plan whose head names
     * no region has none).
     */
    @Test
    void givenGeneratedPlansOfEveryVariant_whenTheyAreExtracted_thenTasksTargetsAndMentionsEqualTheGroundTruth()
            throws Exception {
        Gazetteer gazetteer = new Gazetteer();
        DocumentPipeline pipeline = new DocumentPipeline(gazetteer);
        Set<PlanVariant> covered = EnumSet.noneOf(PlanVariant.class);
        Set<PlanVariant> coveredWithMentions = EnumSet.noneOf(PlanVariant.class);
        Set<String> relations = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            GeneratedPlan plan = GENERATOR.plan(i);
            ExtractedDocument doc = pipeline.process(plan.fileName(), plan.bytes());
            Region own = doc.jurisdiction();
            int targets = doc.tasks().stream().mapToInt(t -> t.targets().size()).sum();
            long mentions = doc.tasks().stream().filter(t -> t.regions().stream().anyMatch(r -> !r.equals(own))).count();
            if (doc.tasks().size() != plan.tasks() || targets != plan.targets() || mentions != plan.mentions()
                    || own != null && !own.code().equals(plan.regionCode())) {
                wrong.add(plan.fileName() + " " + plan.variants() + ": " + doc.tasks().size() + "/" + plan.tasks()
                        + " tasks, " + targets + "/" + plan.targets() + " targets, " + mentions + "/" + plan.mentions()
                        + " tasks naming another region, region " + own);
            }
            for (ExtractedTask t : doc.tasks()) {
                for (Region r : t.regions()) {
                    if (own != null && !r.equals(own)) {
                        relations.add(gazetteer.within(r, own) ? "inside" : gazetteer.within(own, r) ? "above" : "elsewhere");
                    }
                }
            }
            covered.addAll(plan.variants());
            if (plan.mentions() > 0) {
                coveredWithMentions.addAll(plan.variants());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(EnumSet.allOf(PlanVariant.class), covered);
        assertEquals(EnumSet.allOf(PlanVariant.class), coveredWithMentions, "plans of every variant name other regions");
        assertEquals(Set.of("above", "elsewhere", "inside"), relations);
    }

    @Test
    void givenManyPlans_thenAShareOfThemNameOtherRegions_inAFewTasksEach() {
        int plans = 0;
        long tasks = 0;
        long mentioning = 0;
        for (int i = 0; i < 400; i++) {
            GeneratedPlan plan = GENERATOR.plan(i);
            tasks += plan.tasks();
            if (plan.mentions() > 0) {
                plans++;
                mentioning += plan.mentions();
            }
        }
        assertTrue(plans > 100 && plans < 200, plans + " of 400 plans name other regions");
        double perPlan = (double) mentioning / plans;
        assertTrue(perPlan > 2 && perPlan < 6, perPlan + " tasks per plan that names other regions");
        assertTrue(mentioning < tasks / 10, mentioning + " of " + tasks + " tasks");
    }

    /** targets-vs-parent-plan has something to compare: the plans of enclosing regions of the same year. */
    @Test
    void givenAnyCorpus_thenThePlansOfTheRegionsEnclosingAPlansRegion_forItsYear_comeBeforeIt() {
        Gazetteer gazetteer = new Gazetteer();
        Set<String> written = new java.util.HashSet<>();
        int withParent = 0;
        for (int i = 0; i < 200; i++) {
            GeneratedPlan plan = GENERATOR.plan(i);
            Region region = gazetteer.byCode(plan.regionCode());
            // the country issues no generated plan
            for (Region up = gazetteer.parent(region); up != null && up.level() != Level.COUNTRY; up = gazetteer.parent(up)) {
                assertTrue(written.contains(up.code() + " " + plan.year()), plan.fileName() + ": no earlier plan of "
                        + up.name() + " for " + plan.year());
                withParent++;
            }
            written.add(plan.regionCode() + " " + plan.year());
        }
        assertTrue(withParent > 100, withParent + " enclosing regions' plans");
    }
}
