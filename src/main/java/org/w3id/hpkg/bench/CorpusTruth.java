package org.w3id.hpkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The ground truth of a generated corpus, one row per plan: how many tasks and targets the generator
 * wrote, how many of its tasks name another region, its size and its variants. Stored as
 * {@code .truth.tsv} in the corpus folder.
 */
public record CorpusTruth(long seed, List<Entry> entries) {

    public static final String FILE_NAME = ".truth.tsv";
    private static final List<String> COLUMNS =
            List.of("file", "region", "year", "chars", "tasks", "targets", "mentions", "variants");
    /** The columns of the truth of corpora generated before plans named other regions. */
    private static final List<String> EARLIER_COLUMNS =
            List.of("file", "region", "year", "chars", "tasks", "targets", "variants");
    private static final String SEED = "hpkg gen-corpus seed ";
    /**
     * Tab-separated with a header row, the seed in a comment above it; values are file names, region codes,
     * numbers and variant names, never quoted (the bytes stay those earlier versions wrote and read).
     */
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setCommentMarker('#').setRecordSeparator('\n')
            .setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).get();

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
        CSVFormat format = FORMAT.builder().setHeaderComments(SEED + seed).setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter out = format.print(dir.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            for (Entry e : entries) {
                out.printRecord(e.file(), e.region(), e.year(), e.chars(), e.tasks(), e.targets(), e.mentions(),
                        e.variants().stream().sorted().map(v -> v.name().toLowerCase()).collect(Collectors.joining(",")));
            }
        }
    }

    /**
     * Whether {@code dir} holds a truth table with this generator's columns (false when there is none, or
     * when an earlier generator wrote it: its plans name no other region).
     */
    public static boolean current(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (CSVParser table = parse(file)) {
            return table.getHeaderNames().equals(COLUMNS);
        }
    }

    /** Reads the truth of the corpus in {@code dir}. */
    public static CorpusTruth read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + " holds no generated corpus: " + FILE_NAME + " is missing");
        }
        try (CSVParser table = parse(file)) {
            if (table.getHeaderNames().equals(EARLIER_COLUMNS)) {
                throw new IOException(file + " was written by an earlier hpkg gen-corpus, whose plans name no other "
                        + "region: generate the corpus again");
            }
            if (!table.getHeaderNames().equals(COLUMNS)) {
                throw new IOException(file + ": columns " + table.getHeaderNames() + ", expected " + COLUMNS);
            }
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord row : table) {
                entries.add(entry(file, row));
            }
            return new CorpusTruth(seed(table.getHeaderComment()), entries);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static CSVParser parse(Path file) throws IOException {
        return CSVParser.parse(file, StandardCharsets.UTF_8, FORMAT.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    /** The seed of the comment above the header ({@code hpkg gen-corpus seed 42}); 0 when there is none. */
    private static long seed(String comment) {
        return comment != null && comment.startsWith(SEED) ? Long.parseLong(comment.substring(SEED.length()).strip()) : 0;
    }

    private static Entry entry(Path file, CSVRecord row) throws IOException {
        if (row.size() != COLUMNS.size()) {
            throw new IOException(file + ": row " + row.getRecordNumber() + " has " + row.size() + " columns, not "
                    + COLUMNS.size());
        }
        Set<PlanVariant> variants = EnumSet.noneOf(PlanVariant.class);
        for (String v : row.get("variants").split(",")) {
            if (!v.isEmpty()) {
                variants.add(PlanVariant.valueOf(v.toUpperCase()));
            }
        }
        return new Entry(row.get("file"), row.get("region"), number(row, "year"), number(row, "chars"),
                number(row, "tasks"), number(row, "targets"), number(row, "mentions"), variants);
    }

    private static int number(CSVRecord row, String column) {
        return Integer.parseInt(row.get(column));
    }
}
