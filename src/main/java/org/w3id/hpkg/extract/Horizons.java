package org.w3id.hpkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The horizons a sentence names: {@code 到2025年}, {@code 2030年底前}, {@code 年内}, and coordinated ones,
 * {@code 到2025年和2030年}, that give a target per year. A year that is a baseline ({@code 比2015年},
 * {@code 在2020年基础上}) or lies before the reference year (the year the plan was issued) is no horizon.
 */
final class Horizons {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*年(?:(\\d{1,2})月)?(底|末|内|前|年底)?(?!的|基础|以来|相比|同期|起|开始|水平)"
                    + "|(?<![\\d一二三四五六七八九十两几多])年内|年底前?|今年");
    private static final Pattern GROUP = Pattern.compile(
            "(\\d{4})\\s*年(?:底|末)?\\s*(?:和|、|及|与|以及|至)\\s*(?:到\\s*)?(\\d{4})\\s*年(?:底|末)?"
                    + "(?:\\s*(?:和|、|及|与)\\s*(\\d{4})\\s*年(?:底|末)?)?(?!的|基础|以来|相比|同期|起|开始|水平)");
    private static final String BASELINE_BEFORE = "比较";

    private final DeadlineParser deadlines;

    Horizons(DeadlineParser deadlines) {
        this.deadlines = deadlines;
    }

    /** The years of a coordinated group ({@code 到2025年和2030年}) in text[from, at), or an empty list. */
    List<Deadline> group(String text, int from, int at, Integer referenceYear) {
        Matcher m = GROUP.matcher(text).region(from, at);
        List<Deadline> found = List.of();
        while (m.find()) {
            if (baseline(text, m.start())) {
                continue;
            }
            List<Deadline> years = new ArrayList<>();
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    int year = Integer.parseInt(m.group(g));
                    if (referenceYear != null && year < referenceYear) {
                        years.clear();
                        break;
                    }
                    years.add(Deadline.on(LocalDate.of(year, 12, 31), m.group(g) + "年"));
                }
            }
            if (years.size() >= 2) {
                found = years;
            }
        }
        return found;
    }

    /**
     * The horizon that applies at {@code at} in the sentence text[from, to): the nearest one named before it,
     * else the first one after it in its clause (before {@code clauseEnd}); null when there is none.
     */
    Deadline nearest(String text, int from, int to, int at, int clauseEnd, Integer planYear, Integer referenceYear) {
        Deadline before = null;
        Deadline after = null;
        Matcher m = DATE.matcher(text).region(from, to);
        while (m.find()) {
            if (m.group(1) != null && (referenceYear != null && Integer.parseInt(m.group(1)) < referenceYear
                    || baseline(text, m.start()))) {
                continue;
            }
            Deadline d = deadlines.parse(m.group().replace(" ", ""), planYear);
            if (d == null || d.ongoing()) {
                continue;
            }
            if (m.start() < at) {
                before = d;
            } else if (after == null && m.start() < clauseEnd) {
                after = d;
            }
        }
        return before != null ? before : after;
    }

    private static boolean baseline(String text, int yearStart) {
        int k = yearStart - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && BASELINE_BEFORE.indexOf(text.charAt(k)) >= 0;
    }
}
