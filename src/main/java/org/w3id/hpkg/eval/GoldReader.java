package org.w3id.hpkg.eval;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads annotations in the gold format of {@code data/gold/GUIDELINES.md}: {@code tasks.tsv}
 * ({@code doc task label leaders lead cooperating due}) and {@code targets.tsv}
 * ({@code doc task indicator comparator value max unit due evidence}, and optionally {@code change},
 * {@code baseline_year} and {@code statement}; {@code task} empty for a target stated outside tasks, value and
 * comparator empty for a qualitative target), tab-separated UTF-8 with a
 * header row, lists joined with {@code |}. A malformed file is reported with its name, line and the
 * problem.
 */
public final class GoldReader {

    public static final String TASKS = "tasks.tsv";
    public static final String TARGETS = "targets.tsv";
    public static final String BODIES = "bodies.tsv";

    private static final List<String> TASK_COLUMNS =
            List.of("doc", "task", "label", "leaders", "lead", "cooperating", "due");
    private static final List<String> BODY_COLUMNS = List.of("doc", "label", "lead", "cooperating");
    private static final List<String> TARGET_COLUMNS =
            List.of("doc", "task", "indicator", "comparator", "value", "max", "unit", "due", "evidence");
    private static final Set<String> CHANGES = Set.of("Increase", "Decrease");
    private static final Set<String> COMPARATORS = Set.of("AtLeast", "AtMost", "Exactly", "Approximately", "Between");
    private static final Pattern DUE = Pattern.compile("|ongoing|\\d{4}-\\d{2}-\\d{2}");
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).setIgnoreEmptyLines(true).get();

    /**
     * Reads {@code tasks.tsv}, {@code targets.tsv} and {@code bodies.tsv} from a folder: those it holds (a
     * dev gold set may annotate only targets, or only items and their bodies: tasks are then not scored), at least one of them.
     */
    public Annotations read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("gold folder not found: " + dir);
        }
        Path tasks = dir.resolve(TASKS);
        Path targets = dir.resolve(TARGETS);
        Path bodies = dir.resolve(BODIES);
        if (!Files.exists(tasks) && !Files.exists(targets) && !Files.exists(bodies)) {
            throw new IOException("gold folder " + dir + " holds none of " + TASKS + ", " + TARGETS + ", " + BODIES);
        }
        Annotations gold = read(Files.exists(tasks) ? tasks : null, Files.exists(targets) ? targets : null);
        if (Files.exists(bodies)) {
            readBodies(bodies, gold);
        }
        return gold;
    }

    /** Reads a {@code bodies.tsv}: {@code doc label lead cooperating}, names joined with {@code |}. */
    public void readBodies(Path file, Annotations out) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            checkColumns(file, parser, BODY_COLUMNS);
            for (CSVRecord row : parser) {
                out.add(new BodyItem(cell(file, row, "doc", true), cell(file, row, "label", true),
                        list(cell(file, row, "lead", false)), list(cell(file, row, "cooperating", false)), 0));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a tasks file and a targets file; either may be null to read none. */
    public Annotations read(Path tasksFile, Path targetsFile) throws IOException {
        Annotations gold = new Annotations();
        gold.targetsAnnotated(targetsFile != null);
        if (tasksFile != null) {
            readTasks(tasksFile, gold);
        }
        if (targetsFile != null) {
            readTargets(targetsFile, gold);
        }
        return gold;
    }

    private void readTasks(Path file, Annotations out) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            checkColumns(file, parser, TASK_COLUMNS);
            for (CSVRecord row : parser) {
                String doc = cell(file, row, "doc", true);
                out.addDocument(doc);
                out.markTasksAnnotated(doc);
                out.add(new TaskRecord(doc, ordinal(file, row), cell(file, row, "label", false),
                        list(cell(file, row, "leaders", false)), list(cell(file, row, "lead", false)),
                        list(cell(file, row, "cooperating", false)), due(file, row)));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private void readTargets(Path file, Annotations out) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            checkColumns(file, parser, TARGET_COLUMNS);
            out.changesAnnotated(parser.getHeaderNames().contains("change"));
            for (CSVRecord row : parser) {
                BigDecimal value = decimal(file, row, "value", false);
                String comparator = cell(file, row, "comparator", value != null);
                String statement = cell(file, row, "statement", false);
                if (value == null && (!comparator.isEmpty() || statement.isEmpty())) {
                    throw problem(file, row, "a target without a value is qualitative: no comparator, and its words "
                            + "in the statement column");
                }
                if (value != null && !COMPARATORS.contains(comparator)) {
                    throw problem(file, row, "unknown comparator “" + comparator + "”; expected one of " + COMPARATORS);
                }
                BigDecimal max = decimal(file, row, "max", false);
                if (comparator.equals("Between") != (max != null)) {
                    throw problem(file, row, "max is given exactly when the comparator is Between");
                }
                String change = cell(file, row, "change", false);
                if (!change.isEmpty() && !CHANGES.contains(change)) {
                    throw problem(file, row, "change must be Increase, Decrease or empty, not “" + change + "”");
                }
                String baseline = cell(file, row, "baseline_year", false);
                if (!baseline.isEmpty() && !baseline.matches("\\d{4}")) {
                    throw problem(file, row, "baseline_year must be a year or empty, not “" + baseline + "”");
                }
                String doc = cell(file, row, "doc", true);
                out.addDocument(doc);
                String task = cell(file, row, "task", false);
                out.add(new TargetRecord(doc, task.isEmpty() ? 0 : ordinal(file, row), cell(file, row, "indicator", true),
                        comparator, value, max, cell(file, row, "unit", false), due(file, row),
                        cell(file, row, "evidence", false), change, baseline, statement));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void checkColumns(Path file, CSVParser parser, List<String> required) throws IOException {
        List<String> header = parser.getHeaderNames();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new IOException(file + ": missing column “" + column + "” (header: " + String.join(", ", header)
                        + "; expected " + String.join(", ", required) + ")");
            }
        }
    }

    private static String cell(Path file, CSVRecord row, String column, boolean required) throws IOException {
        String value = row.isSet(column) ? row.get(column).strip() : "";
        if (required && value.isEmpty()) {
            throw problem(file, row, "empty " + column);
        }
        return value;
    }

    private static int ordinal(Path file, CSVRecord row) throws IOException {
        String value = cell(file, row, "task", true);
        try {
            int n = Integer.parseInt(value);
            if (n < 1) {
                throw problem(file, row, "task must be 1 or more, not " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw problem(file, row, "task is not a number: “" + value + "”");
        }
    }

    private static BigDecimal decimal(Path file, CSVRecord row, String column, boolean required) throws IOException {
        String value = cell(file, row, column, required);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw problem(file, row, column + " is not a decimal: “" + value + "”");
        }
    }

    private static String due(Path file, CSVRecord row) throws IOException {
        String value = cell(file, row, "due", false);
        if (!DUE.matcher(value).matches()) {
            throw problem(file, row, "due must be an ISO date, “ongoing” or empty, not “" + value + "”");
        }
        return value;
    }

    static Set<String> list(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static IOException problem(Path file, CSVRecord row, String message) {
        // the header is line 1; records count from 1 after it
        return new IOException(file + " line " + (row.getRecordNumber() + 1) + ": " + message);
    }
}
