package org.w3id.hpkg.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.parse.DocumentHeader;
import org.w3id.hpkg.parse.ParsedDocument;
import org.w3id.hpkg.parse.ParsedPart;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.ParsedTask;

/**
 * A case's expected structure ({@code expected-structure.tsv}): lines by kind, each compared exactly
 * with what the parser found, for the kinds the file names.
 * <ul>
 * <li>{@code header	issuer	number	title	issued	year}</li>
 * <li>{@code section	ordinal	number	heading	goals|section} — every section, in order</li>
 * <li>{@code part	ordinal	NOTICE|PLAN|ANNEX	number	title} — every part, in order</li>
 * <li>{@code task	ordinal	part	section	label} — every task with its part and section ordinals (0: none)</li>
 * <li>{@code body	section ordinal	text} — the section's body contains the text ({@code \t} for a TAB)</li>
 * <li>{@code absent	text} — no task text and no section body contains it (page furniture, chrome)</li>
 * </ul>
 */
final class StructureExpectations {

    static final String FILE = "expected-structure.tsv";

    private StructureExpectations() {}

    static List<String> differences(Path file, ExtractedDocument doc) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        ParsedDocument parsed = doc.parsed();
        List<String> out = new ArrayList<>();
        for (String kind : List.of("header", "section", "part", "task")) {
            List<String> want = lines.stream().filter(l -> l.startsWith(kind + "\t")).toList();
            if (!want.isEmpty()) {
                List<String> got = render(kind, parsed);
                if (!want.equals(got)) {
                    out.add(kind + " lines differ:\n    expected " + String.join("\n             ", want)
                            + "\n    found    " + String.join("\n             ", got));
                }
            }
        }
        String text = parsed.text();
        for (String line : lines) {
            String[] cells = line.split("\t", 3);
            if (cells[0].equals("body")) {
                ParsedSection s = parsed.sections().get(Integer.parseInt(cells[1]) - 1);
                String wanted = cells[2].replace("\\t", "\t");
                if (!s.body().of(text).contains(wanted)) {
                    out.add("section " + cells[1] + " body lacks “" + wanted + "”: " + s.body().of(text));
                }
            } else if (cells[0].equals("absent")) {
                for (ParsedTask t : parsed.tasks()) {
                    if (t.span().of(text).contains(cells[1])) {
                        out.add("task " + t.ordinal() + " holds “" + cells[1] + "”");
                    }
                }
                for (ParsedSection s : parsed.sections()) {
                    if (s.body().of(text).contains(cells[1])) {
                        out.add("section " + s.ordinal() + " body holds “" + cells[1] + "”");
                    }
                }
            }
        }
        return out;
    }

    static List<String> render(String kind, ParsedDocument parsed) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "header" -> {
                DocumentHeader h = parsed.header();
                out.add(String.join("\t", "header", str(h.issuer()), str(h.documentNumber()), str(h.title()),
                        str(h.issued()), str(h.planYear())));
            }
            case "section" -> parsed.sections().forEach(s -> out.add(String.join("\t", "section",
                    Integer.toString(s.ordinal()), str(s.number()), s.heading(), s.goals() ? "goals" : "section")));
            case "part" -> parsed.parts().forEach(p -> out.add(String.join("\t", "part", Integer.toString(p.ordinal()),
                    p.kind().name(), str(p.number()), str(p.title()))));
            case "task" -> parsed.tasks().forEach(t -> {
                ParsedPart part = parsed.partAt(t.span().start());
                out.add(String.join("\t", "task", Integer.toString(t.ordinal()),
                        Integer.toString(part == null ? 0 : part.ordinal()), Integer.toString(t.section()), t.label()));
            });
            default -> throw new IllegalArgumentException(kind);
        }
        return out;
    }

    private static String str(Object o) {
        return Objects.toString(o, "");
    }
}
