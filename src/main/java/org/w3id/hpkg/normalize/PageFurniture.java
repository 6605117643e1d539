package org.w3id.hpkg.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Removes what a page or a web page prints around a plan: page numbers and web-page chrome (visit
 * counters, share and print links, site footers: {@code normalize/page-furniture.tsv}) anywhere, and,
 * where the text has page breaks (form feeds, as a PDF's conversion or pdftotext leave them), the lines
 * repeated at the head or foot of most pages (running headers such as a collection's title). The page
 * breaks go too, so that the line joiner rejoins text broken across pages as across lines.
 */
final class PageFurniture {

    /** Lines at each end of a page where running headers and footers stand. */
    private static final int ZONE = 5;
    /** Furniture is short: a longer line is text, whatever words it holds. */
    private static final int MAX_FURNITURE = 60;
    /** The table's lines as one alternation: one match per line instead of one per pattern. */
    private final Pattern furniture;

    PageFurniture() {
        StringBuilder alternatives = new StringBuilder();
        for (String regex : DataTable.load("normalize/page-furniture.tsv").column(0)) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append("(?:").append(regex).append(')');
        }
        furniture = Pattern.compile(alternatives.toString());
    }

    /** Returns the text without furniture and page breaks; {@code count[0]} receives the lines removed. */
    String remove(String text, int[] count) {
        count[0] = 0;
        boolean paged = text.indexOf('\f') >= 0;
        if (!paged) {
            return withoutFurnitureLines(text, count);
        }
        List<List<String>> pages = new ArrayList<>();
        String[] split = text.split("\f", -1);
        for (int p = 0; p < split.length; p++) {
            // a page break stands on a line of its own: the line end after it is not a line of the next page
            String page = p > 0 && split[p].startsWith("\n") ? split[p].substring(1) : split[p];
            List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
            if (p + 1 < split.length && !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1); // the line end before the break
            }
            pages.add(lines);
        }
        Map<String, Integer> repeated = paged && pages.size() >= 3 ? runningLines(pages) : Map.of();
        List<String> kept = new ArrayList<>();
        for (List<String> page : pages) {
            int[] zone = zone(page);
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                String key = line.strip();
                boolean inZone = i < zone[0] || i >= zone[1];
                if (!key.isEmpty() && (isFurniture(key) || inZone && repeated.containsKey(shape(key)))) {
                    count[0]++;
                } else {
                    kept.add(line);
                }
            }
        }
        if (text.endsWith("\n") && !kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept) + (text.endsWith("\n") ? "\n" : "");
    }

    /** A text without pages: only the lines that are furniture wherever they stand go. */
    private String withoutFurnitureLines(String text, int[] count) {
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String key = text.substring(start, end).strip();
            if (!key.isEmpty() && isFurniture(key)) {
                count[0]++;
            } else {
                out.append(text, start, end);
                if (nl >= 0) {
                    out.append('\n');
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return count[0] == 0 ? text : out.toString();
    }

    private boolean isFurniture(String line) {
        if (line.indexOf('\t') >= 0 || line.length() > MAX_FURNITURE) {
            return false;
        }
        return furniture.matcher(line).matches();
    }

    /**
     * Lines (digits folded) standing in the head or foot zone of at least half of the pages and nowhere
     * else: a line that also stands inside pages (a field line repeated under every task) is text.
     */
    private static Map<String, Integer> runningLines(List<List<String>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        java.util.Set<String> inBody = new java.util.HashSet<>();
        for (List<String> page : pages) {
            int[] zone = zone(page);
            java.util.Set<String> onPage = new java.util.HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                String key = page.get(i).strip();
                if (key.isEmpty() || key.length() > 40) {
                    continue;
                }
                (i < zone[0] || i >= zone[1] ? onPage : inBody).add(shape(key));
            }
            onPage.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        seen.values().removeIf(n -> n * 2 < pages.size());
        seen.keySet().removeAll(inBody);
        return seen;
    }

    /**
     * [end of head zone, start of foot zone): the first and last ZONE non-blank lines of a page, at most a
     * quarter of its lines each (a short page is text, not furniture).
     */
    private static int[] zone(List<String> page) {
        int nonBlank = (int) page.stream().filter(l -> !l.isBlank()).count();
        int size = Math.min(ZONE, nonBlank / 4);
        int head = 0;
        for (int seen = 0; head < page.size() && seen < size; head++) {
            if (!page.get(head).isBlank()) {
                seen++;
            }
        }
        int foot = page.size();
        for (int seen = 0; foot > head && seen < size; foot--) {
            if (!page.get(foot - 1).isBlank()) {
                seen++;
            }
        }
        return new int[] {head, Math.max(foot, head)};
    }

    private static String shape(String line) {
        return line.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
