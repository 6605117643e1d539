package org.w3id.hpkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.ChineseNumerals;

/**
 * Reads deadlines: {@code 2020年11月} is 2020-11-30, {@code 2020年底} 2020-12-31, {@code 6月底前} the
 * end of June of the plan year, {@code 长期坚持} ongoing, {@code 全年} the end of the plan year. Words that name no date are in
 * {@code extract/deadline-words.tsv}. Periods resolve to their last day because a
 * task due "in November" may be finished on the 30th.
 */
public final class DeadlineParser {

    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern MONTHS = Pattern.compile("(?:(\\d{4})年)?(?<!\\d)(\\d{1,2})月");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d年])(\\d{1,2})月(?:份)?(?:底|末|前|中旬|下旬)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?:年)?(?:底|末|内|前)?");
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?第?([一二三四1-4])季度");
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})年)?(上半年|下半年)");
    private final List<String> ongoing = new ArrayList<>();
    private final List<String> planYearEnd = new ArrayList<>();

    public DeadlineParser() {
        for (String[] row : DataTable.load("extract/deadline-words.tsv").rows()) {
            (row[0].equals("ONGOING") ? ongoing : planYearEnd).add(row[1]);
        }
    }

    /** Parses a field value such as {@code 完成时限：2020年11月}; null if it names no time. */
    public Deadline parse(String value, Integer planYear) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        LocalDate date;
        try {
            date = date(text, planYear);
        } catch (DateTimeException e) {
            return null;
        }
        if (date != null) {
            return Deadline.on(date, text);
        }
        if (ongoing.stream().anyMatch(text::contains)) {
            return Deadline.ongoing(text);
        }
        if (planYear != null && planYearEnd.stream().anyMatch(text::contains)) {
            return Deadline.on(LocalDate.of(planYear, 12, 31), text);
        }
        return null;
    }

    /** The last day of the period named, by the most precise form the text holds; null if it names none. */
    private static LocalDate date(String text, Integer planYear) {
        LocalDate date = fullDate(text);
        if (date == null) {
            date = latestMonth(text);
        }
        if (date == null) {
            date = quarter(text, planYear);
        }
        if (date == null) {
            date = half(text, planYear);
        }
        if (date == null) {
            date = year(text);
        }
        return date == null ? month(text, planYear) : date;
    }

    private static LocalDate fullDate(String text) {
        Matcher m = FULL_DATE.matcher(text);
        return m.find() ? LocalDate.of(num(m, 1), num(m, 2), num(m, 3)) : null;
    }

    /**
     * "2021年6月、12月", "2021年9月—12月": a month without a year is in the year named before it; the deadline is
     * the latest month named.
     */
    private static LocalDate latestMonth(String text) {
        Matcher m = MONTHS.matcher(text);
        LocalDate latest = null;
        Integer year = null;
        while (m.find()) {
            if (m.group(1) != null) {
                year = num(m, 1);
            }
            if (year != null) {
                LocalDate d = YearMonth.of(year, num(m, 2)).atEndOfMonth();
                latest = latest == null || d.isAfter(latest) ? d : latest;
            }
        }
        return latest;
    }

    private static LocalDate quarter(String text, Integer planYear) {
        Matcher m = QUARTER.matcher(text);
        Integer y = m.find() ? yearOr(m, planYear) : null;
        return y == null ? null : YearMonth.of(y, ChineseNumerals.value(m.group(2)) * 3).atEndOfMonth();
    }

    private static LocalDate half(String text, Integer planYear) {
        Matcher m = HALF.matcher(text);
        Integer y = m.find() ? yearOr(m, planYear) : null;
        return y == null ? null : YearMonth.of(y, m.group(2).startsWith("上") ? 6 : 12).atEndOfMonth();
    }

    private static LocalDate year(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? LocalDate.of(num(m, 1), 12, 31) : null;
    }

    private static LocalDate month(String text, Integer planYear) {
        Matcher m = MONTH.matcher(text);
        return m.find() && planYear != null ? YearMonth.of(planYear, num(m, 1)).atEndOfMonth() : null;
    }

    /** The year group 1 names, else the plan year (which may be unknown). */
    private static Integer yearOr(Matcher m, Integer planYear) {
        return m.group(1) != null ? Integer.valueOf(num(m, 1)) : planYear;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
