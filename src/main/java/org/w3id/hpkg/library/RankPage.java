package org.w3id.hpkg.library;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The pages of a listing paged by rank ({@code indicator-targets-by-region}): a page shows the ranks
 * {@code fromRank} to {@code fromRank + 99} of each unit. A rank counts the higher values, so the rank
 * after the last one of a unit is that rank plus the number of rows sharing it; ties can leave a gap of
 * more than a page, so an empty page does not mean the end, but a next rank inside the page just read
 * (for every unit) does.
 */
public final class RankPage {

    /** The parameter that names the first rank of a page. */
    public static final String FROM = "fromRank";
    /** How many ranks a page shows. */
    public static final int SIZE = 100;

    private RankPage() {}

    /** The first rank of the page after {@code page} (which started at {@code from}); empty when none follows. */
    public static OptionalLong next(ResultTable page, long from) {
        Map<String, long[]> lastPerUnit = new LinkedHashMap<>(); // unit -> {last rank, rows sharing it}
        for (int i = 0; i < page.size(); i++) {
            long rank = (long) page.number(i, "rank");
            long[] last = lastPerUnit.computeIfAbsent(page.text(i, "unit"), u -> new long[] {rank, 0});
            if (rank != last[0]) {
                last[0] = rank;
                last[1] = 0;
            }
            last[1]++;
        }
        long end = from + SIZE;
        return lastPerUnit.values().stream().mapToLong(l -> l[0] + l[1]).filter(n -> n >= end).min();
    }
}
