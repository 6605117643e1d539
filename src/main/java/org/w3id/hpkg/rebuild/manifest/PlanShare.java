package org.w3id.hpkg.rebuild.manifest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.w3id.hpkg.rdf.PlanTargets;

/**
 * A plan's share of the target statistics ({@link PlanTargets}) as its lines in a {@link ManifestFile}: an
 * area record, then a record per range. An incremental rebuild writes the unchanged plans' lines back as
 * it read them and decodes, of each plan, only the ranges of the indicators its change touched: decoding
 * every share of a 10,000-plan manifest (250,000 ranges) took a second, encoding them again as long.
 */
record PlanShare(String lines) {

    static final String AREA = "area";
    static final String RANGE = "range";

    /** The lines of a share ({@code targets} is not null). */
    static PlanShare of(PlanTargets targets, String base) {
        List<List<String>> records = targets.records(base);
        StringBuilder text = new StringBuilder();
        try (CSVPrinter out = new CSVPrinter(text, ManifestFile.FORMAT)) {
            out.printRecord(tagged(AREA, records.get(0)));
            for (List<String> range : records.subList(1, records.size())) {
                out.printRecord(tagged(RANGE, range));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return new PlanShare(text.toString());
    }

    /** The plan's area as written (relative to the base, as {@link PlanTargets#relative} writes it). */
    String area() {
        int end = lines.indexOf('\n');
        String line = lines.substring(AREA.length() + 1, end < 0 ? lines.length() : end);
        // an escaped character (never in an IRI hpkg mints) is read by the parser
        return line.indexOf('\\') < 0 ? line : parse(lines.substring(0, end < 0 ? lines.length() : end)).get(0).get(1);
    }

    /** The whole share. */
    PlanTargets targets(String base) {
        return targets(List.of(this), base, indicator -> true).get(0);
    }

    /**
     * The shares' areas with the ranges of {@code indicators} only, in the shares' order: the lines kept
     * are cut out of each share by their indicator field and read in one pass of the parser.
     */
    static List<PlanTargets> targets(Collection<PlanShare> shares, String base, Set<Node> indicators) {
        Set<String> written = new HashSet<>();
        indicators.forEach(i -> written.add(PlanTargets.relative(i, base)));
        return targets(shares, base, written::contains);
    }

    /** The shares' areas with the ranges whose indicator, as written, passes {@code indicators}. */
    private static List<PlanTargets> targets(Collection<PlanShare> shares, String base, Predicate<String> indicators) {
        StringBuilder kept = new StringBuilder();
        for (PlanShare share : shares) {
            String lines = share.lines();
            int start = 0;
            while (start < lines.length()) {
                int newline = lines.indexOf('\n', start);
                int end = newline < 0 ? lines.length() : newline + 1;
                int first = lines.indexOf('\t', start) + 1;
                int second = lines.indexOf('\t', first);
                if (start == 0 || second > 0 && second < end && indicators.test(lines.substring(first, second))) {
                    kept.append(lines, start, end);
                }
                start = end;
            }
        }
        List<PlanTargets> targets = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        for (List<String> record : parse(kept.toString())) {
            if (record.get(0).equals(AREA) && !records.isEmpty()) {
                targets.add(PlanTargets.fromRecords(records, base));
                records = new ArrayList<>();
            }
            records.add(record.subList(1, record.size()));
        }
        if (!records.isEmpty()) {
            targets.add(PlanTargets.fromRecords(records, base));
        }
        return targets;
    }

    /** The records of shares' lines, each checked to be an area record or a range record after one. */
    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = ManifestFile.FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                String kind = record.get(0);
                if (!(kind.equals(AREA) || kind.equals(RANGE) && !records.isEmpty())) {
                    throw new IllegalArgumentException("not a line of a plan's targets: " + record.toList());
                }
                records.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static List<String> tagged(String kind, List<String> values) {
        List<String> record = new ArrayList<>(values.size() + 1);
        record.add(kind);
        record.addAll(values);
        return record;
    }
}
