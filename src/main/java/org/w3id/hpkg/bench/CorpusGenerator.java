package org.w3id.hpkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.region.Level;
import org.w3id.hpkg.extract.region.Region;
import org.w3id.hpkg.parse.DocumentParser;

/**
 * A deterministic generator of realistic work plans for benchmarks. Plan {@code i} is issued by the
 * health commission of division {@code i mod D} of the whole country's provinces, prefectures and counties
 * in {@link #nationalOrder} (so that any corpus spans the country), for year {@code 2016 + (i div D) mod 10}, and written from random sources seeded by the seed
 * and {@code i} alone: the same seed gives the same bytes, and a corpus of 1,000 plans is the first 1,000
 * plans of a corpus of 10,000. Provinces and prefectures issue plans as counties do, and that order
 * lists a region after those enclosing it, so the plan of a prefecture or county always has plans of its
 * enclosing regions for the same year before it in the corpus. A share of plans name those regions, or
 * regions inside their own, in some tasks.
 */
public final class CorpusGenerator {

    /** Name of the ground-truth table written beside the plans (hidden: rebuilds skip dot files). */
    public static final String TRUTH_FILE = CorpusTruth.FILE_NAME;
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    private static final List<String> NOT_ISSUING = List.of("710000", "810000", "820000");

    private final long seed;
    private final PlanPhrases phrases = new PlanPhrases();
    private final Pattern paragraphStart = new DocumentParser().paragraphStart();
    private final Gazetteer gazetteer = new Gazetteer();
    private final List<Region> regions = new ArrayList<>();
    private final RegionNeighbours neighbours;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        regions.addAll(nationalOrder(gazetteer));
        neighbours = new RegionNeighbours(gazetteer, regions);
    }

    /**
     * The regions that issue plans, in an order whose every prefix spans the country: the provinces, then
     * the prefectures, then the counties, each level taking one region of each province in turn. Taiwan,
     * Hong Kong, Macao, statistical zones and townships issue none; the country neither (its bodies' plans
     * are of another genre).
     */
    static List<Region> nationalOrder(Gazetteer gazetteer) {
        List<Region> order = new ArrayList<>();
        for (Level level : List.of(Level.PROVINCE, Level.PREFECTURE, Level.COUNTY)) {
            java.util.Map<String, java.util.Deque<Region>> byProvince = new java.util.TreeMap<>();
            for (Region region : gazetteer.listed()) {
                if (region.level() == level && !NOT_ISSUING.contains(region.code().substring(0, 2) + "0000")) {
                    byProvince.computeIfAbsent(region.code().substring(0, 2), k -> new java.util.ArrayDeque<>()).add(region);
                }
            }
            while (!byProvince.isEmpty()) {
                byProvince.values().forEach(queue -> order.add(queue.poll()));
                byProvince.values().removeIf(java.util.Deque::isEmpty);
            }
        }
        return order;
    }

    /** The plan with the given index (0-based). */
    public GeneratedPlan plan(int index) {
        Region region = regions.get(index % regions.size());
        int year = FIRST_YEAR + index / regions.size() % YEARS;
        String fileName = String.format("%06d_%s_%d.txt", index, region.code(), year);
        long planSeed = mix(seed, index);
        // the mentions of other regions draw from a source of their own (see PlanComposer)
        SplittableRandom mentionRnd = new SplittableRandom(mix(planSeed, 1));
        return new PlanComposer(phrases, paragraphStart, new SplittableRandom(planSeed), mentionRnd,
                neighbours.of(region), region, gazetteer.parent(region), year).compose(fileName);
    }

    /**
     * Writes plans 0..docs-1 and the ground-truth table into {@code dir}, which must be empty or hold an
     * earlier generated corpus (whose plans are replaced).
     */
    public CorpusTruth write(Path dir, int docs, int threads) throws IOException, InterruptedException {
        prepare(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<CorpusTruth.Entry>> futures = new ArrayList<>(docs);
            for (int i = 0; i < docs; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    GeneratedPlan plan = plan(index);
                    try {
                        Files.write(dir.resolve(plan.fileName()), plan.bytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return CorpusTruth.Entry.of(plan);
                }));
            }
            List<CorpusTruth.Entry> entries = new ArrayList<>(docs);
            for (Future<CorpusTruth.Entry> f : futures) {
                entries.add(get(f));
            }
            CorpusTruth truth = new CorpusTruth(seed, entries);
            truth.write(dir);
            return truth;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> existing;
        try (var files = Files.list(dir)) {
            existing = files.toList();
        }
        if (existing.isEmpty()) {
            return;
        }
        if (!Files.isRegularFile(dir.resolve(TRUTH_FILE))) {
            throw new IOException(dir + " is not empty and holds no generated corpus (" + TRUTH_FILE
                    + "); choose an empty folder");
        }
        for (Path p : existing) {
            String name = p.getFileName().toString();
            if (Files.isRegularFile(p) && (name.matches("\\d{6,}_\\d{6}_\\d{4}\\.txt") || name.equals(TRUTH_FILE))) {
                Files.delete(p);
            }
        }
    }

    private static CorpusTruth.Entry get(Future<CorpusTruth.Entry> future) throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("generating a plan failed", e.getCause());
        }
    }

    /** SplitMix64 of seed and index: neighbouring indexes get unrelated random sources. */
    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
