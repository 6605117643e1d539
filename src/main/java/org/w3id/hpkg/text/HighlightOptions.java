package org.w3id.hpkg.text;

import java.util.regex.Pattern;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * The options of {@link HighlightFunction}, in jena-text's {@code "highlight:…"} syntax and with its
 * defaults, so that a query moving from jena-text's highlighting to {@code hpf:highlight} keeps its output:
 * fields separated by {@code |}, {@code s:} start mark, {@code e:} end mark, {@code z:} fragment size,
 * {@code m:} most fragments, {@code f:} fragment separator; marks of neighbouring words are joined.
 */
record HighlightOptions(String start, String end, int fragmentSize, int maxFragments, String separator,
        Pattern neighbours) {

    static HighlightOptions parse(String spec) {
        String start = "↦";
        String end = "↤";
        String separator = "∣";
        int size = 128;
        int max = 3;
        String body = spec.startsWith("highlight:") ? spec.substring("highlight:".length()) : spec;
        for (String field : body.trim().split("\\|")) {
            String f = field.trim();
            if (f.startsWith("s:")) {
                start = f.substring(2);
            } else if (f.startsWith("e:")) {
                end = f.substring(2);
            } else if (f.startsWith("f:")) {
                separator = f.substring(2);
            } else if (f.startsWith("z:")) {
                size = number(f, size);
            } else if (f.startsWith("m:")) {
                max = number(f, max);
            }
        }
        // marks of words only spaces apart become one, as jena-text joins them
        Pattern neighbours = Pattern.compile(Pattern.quote(end) + "([\\p{Z}]*?)" + Pattern.quote(start));
        return new HighlightOptions(start, end, size, max, separator, neighbours);
    }

    private static int number(String field, int fallback) {
        try {
            return Integer.parseInt(field.substring(2).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The fragments that hold a marked word, joined; marks of words only spaces apart become one (as jena-text joins them). */
    String join(TextFragment[] fragments) {
        StringBuilder out = new StringBuilder();
        for (TextFragment fragment : fragments) {
            if (fragment == null || fragment.getScore() <= 0) {
                continue;
            }
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(neighbours.matcher(fragment.toString()).replaceAll("$1"));
        }
        return out.toString();
    }
}
