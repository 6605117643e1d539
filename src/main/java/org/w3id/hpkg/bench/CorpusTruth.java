package org.w3id.hpkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ground truth of a generated corpus, one row per plan: how many tasks and targets the generator
 * wrote, how many of its tasks name another region, its size and its variants. Stored as
 * {@code .truth.tsv} in the corpus folder.
 */
public record CorpusTruth(long seed, List<Entry> entries) {

    public static final String FILE_NAME = ".truth.tsv";
    private static final String HEADER = "file\tregion\tyear\tchars\ttasks\ttargets\tmentions\tvariants";
    /** The columns of the truth of corpora generated before plans named other regions. */
    private static final String EARLIER_HEADER = "file\tregion\tyear\tchars\ttasks\ttargets\tvariants";

    public CorpusTruth {
        entries = List.copyOf(entries);
    }

    /**
     * One plan's truth.
     *
     * @param mentions tasks whose text names a region other than the plan's own
     */
    public record Entry(String file, String region, int year, int chars, int tasks, int targets, int mentions,
            Set<PlanVariant> variants) {

        static Entry of(GeneratedPlan plan) {
            return new Entry(plan.fileName(), plan.regionCode(), plan.year(), plan.chars(), plan.tasks(),
                    plan.targets(), plan.mentions(), plan.variants());
        }
    }

    public long tasks() {
        return entries.stream().mapToLong(Entry::tasks).sum();
    }

    public long targets() {
        return entries.stream().mapToLong(Entry::targets).sum();
    }

    /** Tasks that name another region than their plan's. */
    public long mentions() {
        return entries.stream().mapToLong(Entry::mentions).sum();
    }

    /** Plans with a task that names another region than the plan's. */
    public long mentioningPlans() {
        return entries.stream().filter(e -> e.mentions() > 0).count();
    }

    public long chars() {
        return entries.stream().mapToLong(Entry::chars).sum();
    }

    public long count(PlanVariant variant) {
        return entries.stream().filter(e -> e.variants().contains(variant)).count();
    }

    void write(Path dir) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            out.write("# hpkg gen-corpus seed " + seed + "\n");
            out.write(HEADER + "\n");
            for (Entry e : entries) {
                out.write(String.join("\t", e.file(), e.region(), Integer.toString(e.year()),
                        Integer.toString(e.chars()), Integer.toString(e.tasks()), Integer.toString(e.targets()),
                        Integer.toString(e.mentions()),
                        e.variants().stream().sorted().map(v -> v.name().toLowerCase()).collect(Collectors.joining(","))));
                out.write('\n');
            }
        }
    }

    /**
     * Whether {@code dir} holds a truth table with this generator's columns (false when there is none, or
     * when an earlier generator wrote it: its plans name no other region).
     */
    public static boolean current(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        return Files.isRegularFile(file) && Files.readAllLines(file, StandardCharsets.UTF_8).contains(HEADER);
    }

    /** Reads the truth of the corpus in {@code dir}. */
    public static CorpusTruth read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " holds no generated corpus: " + FILE_NAME + " is missing");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.contains(EARLIER_HEADER)) {
            throw new IOException(file + " was written by an earlier hpkg gen-corpus, whose plans name no other "
                    + "region: generate the corpus again");
        }
        long seed = 0;
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# hpkg gen-corpus seed ")) {
                seed = Long.parseLong(line.substring("# hpkg gen-corpus seed ".length()).strip());
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IOException(file + ": bad line: " + line);
            }
            Set<PlanVariant> variants = EnumSet.noneOf(PlanVariant.class);
            for (String v : f[7].split(",")) {
                if (!v.isEmpty()) {
                    variants.add(PlanVariant.valueOf(v.toUpperCase()));
                }
            }
            entries.add(new Entry(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), variants));
        }
        return new CorpusTruth(seed, entries);
    }
}
