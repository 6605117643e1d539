package org.w3id.hpkg.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation at the top of a library query, in comment lines:
 * <pre>
 * # title: Tasks due before a date
 * # question: Which tasks fall due before a given date?
 * # 问题: 哪些任务的完成时限早于给定日期？
 * # params: before (xsd:date, default 2020-12-01) what the parameter means
 * # example:
 * #   ?file	?task	…        (the query's real output, tab-separated, header row first)
 * </pre>
 * {@code # params:} may repeat, one parameter each, or say {@code none}. A default written {@code ""}
 * (optionally followed by {@code = explanation}) is the empty string, which library queries read as
 * "no restriction".
 */
public record QueryHeader(String title, String question, String questionZh, List<Param> params, List<String> example) {

    public QueryHeader {
        params = List.copyOf(params);
        example = List.copyOf(example);
    }

    /** One documented parameter. */
    public record Param(String name, String type, String defaultValue, String description) {}

    private static final Pattern FIELD = Pattern.compile("#\\s*(title|question|问题|params|example)\\s*[:：]\\s?(.*)");
    private static final Pattern PARAM = Pattern.compile(
            "(\\w+)\\s*\\(\\s*([^,()]+?)\\s*,\\s*default\\s+(\"\"|[^)\\s]+)(?:\\s*=\\s*([^)]*))?\\)\\s*(.*)");

    /** Reads the leading comment block of a query text; throws when a params line cannot be read. */
    public static QueryHeader parse(String text) {
        String title = null;
        String question = null;
        String questionZh = null;
        List<Param> params = new ArrayList<>();
        List<String> example = new ArrayList<>();
        boolean inExample = false;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                if (line.isBlank()) {
                    continue;
                }
                break;
            }
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                inExample = false;
                String value = m.group(2).strip();
                switch (m.group(1)) {
                    case "title" -> title = value;
                    case "question" -> question = value;
                    case "问题" -> questionZh = value;
                    case "params" -> {
                        if (!value.equalsIgnoreCase("none")) {
                            params.add(param(value));
                        }
                    }
                    default -> {
                        inExample = true;
                        if (!value.isEmpty()) {
                            example.add(value);
                        }
                    }
                }
            } else if (inExample) {
                String row = line.substring(1);
                example.add(row.startsWith("   ") ? row.substring(3) : row.strip());
            }
        }
        return new QueryHeader(title, question, questionZh, params, example);
    }

    private static Param param(String text) {
        Matcher m = PARAM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the parameter line '" + text
                    + "': expected 'name (type, default value) description'");
        }
        String value = m.group(3).equals("\"\"") ? "" : m.group(3);
        String description = m.group(5).strip()
                + (m.group(4) != null ? " (" + m.group(3) + ": " + m.group(4).strip() + ")" : "");
        return new Param(m.group(1), m.group(2), value, description);
    }
}
