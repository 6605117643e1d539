package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Finds numbers with units ({@code 90%}, {@code 1—2家}, {@code 35%-50%}, {@code 550万元},
 * {@code 10左右}) in text, skipping those that are ordinals ({@code 第32个}), inside quotation marks or
 * book titles (names and slogans), or parts of longer numbers.
 */
final class QuantityFinder {

    private final Map<String, Quantity.UnitKind> units = new LinkedHashMap<>();
    private final Pattern pattern;

    QuantityFinder() {
        List<String[]> rows = new ArrayList<>(DataTable.load("extract/units.tsv").rows());
        rows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        StringBuilder alt = new StringBuilder();
        for (String[] row : rows) {
            units.put(row[0], Quantity.UnitKind.valueOf(row[1]));
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(row[0]));
        }
        String num = "(\\d+(?:\\.\\d+)?)";
        pattern = Pattern.compile("(?<![\\d.])" + num + "\\s*(?:(?:%|‰)?\\s*(?:[-—–~～至到]|——)\\s*" + num + ")?\\s*(?:("
                + alt + ")|(?=左右))");
    }

    List<Quantity> find(String text, int from, int to) {
        List<Quantity> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '第' || insideQuotes(text, from, m.start())) {
                continue;
            }
            String unit = m.group(3) == null ? "" : m.group(3);
            BigDecimal value = new BigDecimal(m.group(1));
            BigDecimal max = m.group(2) == null ? null : new BigDecimal(m.group(2));
            if (max != null && max.compareTo(value) <= 0) {
                continue;
            }
            // "2020年" style: a four-digit number before 年 never reaches here (年 is not a unit), but
            // "3岁"/"10月" likewise; a count unit right before 以下 of an age ("3岁以下") is excluded by unit.
            found.add(new Quantity(m.start(), m.end(), value, max, unit,
                    unit.isEmpty() ? Quantity.UnitKind.NONE : units.get(unit)));
        }
        return found;
    }

    /** True when an odd number of “ or 《 precede the position within the clause's sentence. */
    private static boolean insideQuotes(String text, int from, int at) {
        int quotes = 0;
        int books = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') quotes++;
            else if (c == '”') quotes = Math.max(0, quotes - 1);
            else if (c == '《') books++;
            else if (c == '》') books = Math.max(0, books - 1);
        }
        return quotes > 0 || books > 0;
    }
}
