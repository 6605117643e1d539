package org.w3id.hpkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.parse.Span;

/**
 * Reads the targets of an indicator table: a run of lines with TAB-separated cells whose header names an
 * indicator column ({@code 指标}) and year or target columns ({@code 2020年}, {@code 目标值}), as a plan's
 * "主要指标" table is printed. Cells written {@code 2020年：77.3} name their column themselves. Each horizon
 * column gives one target per row; a baseline column ({@code 基期}, {@code 现状}, or the first year when it
 * lies before the plan's reference year) gives the baseline, never a target. A cell may hold a bound
 * ({@code ＞80}, {@code 28左右}), a change ({@code 比2015年降低10%}) or words ({@code 持续改善}: a qualitative
 * target).
 */
final class IndicatorTable {

    /** One table found in a region: its lines' extent and its targets. */
    record Read(Span span, List<Target> targets) {}

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern LABELLED = Pattern.compile("^([^：:]{1,16})[：:](.*)$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile("^(.*?)\\s*[(（]([^()（）]{1,8})[)）]\\s*$");
    private static final Pattern NUMBER_CELL = Pattern.compile(
            "^(>=|<=|≥|≤|>|<|不低于|不少于|不高于|不超过|低于|高于|大于|小于|超过|约)?\\s*(\\d+(?:\\.\\d+)?)\\s*"
                    + "(?:[-—–~～至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(%|‰|[^\\d\\s左右以上下内及(（]{1,4}?)?\\s*"
                    + "(左右|及以上|以上|以下|以内)?\\s*(?:[(（](\\d{4})\\s*年[)）])?$");
    private static final Pattern BLANK = Pattern.compile("^[-—–/／\\s无]*$");
    private static final List<String> BASELINE_WORDS = List.of("基期", "基线", "基数", "现状", "现值", "基准", "基础值");
    private static final List<String> TARGET_WORDS = List.of("目标值", "目标", "预期值", "规划值");
    private static final List<String> NOT_INDICATOR = List.of("属性", "性质", "类别", "类型", "领域", "序号");

    private final IndicatorKey keys;
    private final ChangePhrase changes;
    private final List<String> lowerIsBetter = DataTable.load("extract/lower-is-better.tsv").column(0);

    IndicatorTable(IndicatorKey keys, ChangePhrase changes) {
        this.keys = keys;
        this.changes = changes;
    }

    private record Cell(String text, int start, int end) {}

    private record Row(List<Cell> cells, int start, int end) {}

    /** The indicator tables in text[from, to) with their targets. */
    List<Read> read(String text, int from, int to, Integer referenceYear, Deadline fallback) {
        List<Read> tables = new ArrayList<>();
        List<Row> run = new ArrayList<>();
        int at = from;
        while (at < to) {
            int end = text.indexOf('\n', at);
            end = end < 0 || end > to ? to : end;
            if (text.substring(at, end).indexOf('\t') >= 0) {
                run.add(row(text, at, end));
            } else {
                flush(text, run, referenceYear, fallback, tables);
            }
            at = end + 1;
        }
        flush(text, run, referenceYear, fallback, tables);
        return tables;
    }

    private void flush(String text, List<Row> run, Integer referenceYear, Deadline fallback, List<Read> out) {
        if (run.size() >= 2) {
            List<Target> targets = table(text, run, referenceYear, fallback);
            if (targets != null) {
                out.add(new Read(new Span(run.get(0).start(), run.get(run.size() - 1).end()), targets));
            }
        }
        run.clear();
    }

    private static Row row(String text, int start, int end) {
        List<Cell> cells = new ArrayList<>();
        int at = start;
        while (at <= end) {
            int tab = text.indexOf('\t', at);
            int cellEnd = tab < 0 || tab > end ? end : tab;
            cells.add(new Cell(text.substring(at, cellEnd).strip(), at, cellEnd));
            at = cellEnd + 1;
        }
        return new Row(cells, start, end);
    }

    /** The targets of a table, or null when it is no indicator table. */
    private List<Target> table(String text, List<Row> rows, Integer referenceYear, Deadline fallback) {
        List<String> header = new ArrayList<>();
        boolean labelled = labelled(rows.get(0));
        List<Row> body = labelled ? rows : rows.subList(1, rows.size());
        for (Cell c : rows.get(0).cells()) {
            Matcher m = LABELLED.matcher(c.text());
            header.add(labelled && m.matches() ? m.group(1).strip() : c.text());
        }
        Columns cols = columns(header, referenceYear);
        if (cols == null) {
            return null;
        }
        List<Target> targets = new ArrayList<>();
        for (Row r : body) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                Matcher m = LABELLED.matcher(c.text());
                cells.add(labelled && m.matches() ? m.group(2).strip() : c.text());
            }
            rowTargets(cells, cols, new Span(r.start(), r.end()), fallback, targets);
        }
        return targets;
    }

    private static boolean labelled(Row first) {
        int labelled = 0;
        for (Cell c : first.cells()) {
            if (LABELLED.matcher(c.text()).matches()) {
                labelled++;
            }
        }
        return labelled >= 2 && labelled * 2 >= first.cells().size();
    }

    /** Column roles: the indicator, its unit, the baseline, and each horizon with its year (null: unnamed). */
    private record Columns(int indicator, int unit, int baseline, Integer baselineYear, List<Integer> horizons,
            List<Integer> years) {}

    private Columns columns(List<String> header, Integer referenceYear) {
        int indicator = -1;
        int unit = -1;
        int baseline = -1;
        Integer baselineYear = null;
        List<Integer> yearCols = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).replace(" ", "");
            Matcher y = YEAR.matcher(h);
            boolean hasYear = y.find();
            if (BASELINE_WORDS.stream().anyMatch(h::contains)) {
                baseline = i;
                baselineYear = hasYear ? Integer.valueOf(y.group(1)) : null;
            } else if (hasYear || TARGET_WORDS.stream().anyMatch(h::contains)) {
                yearCols.add(i);
                years.add(hasYear ? Integer.valueOf(y.group(1)) : null);
            } else if (h.contains("单位")) {
                unit = i;
            } else if (indicator < 0 && (h.contains("指标") || h.contains("名称") || h.equals("项目"))
                    && NOT_INDICATOR.stream().noneMatch(h::contains)) {
                indicator = i;
            }
        }
        if (indicator < 0 || yearCols.isEmpty()) {
            return null;
        }
        // Without a column named as the baseline, the first of several years is one when it lies before
        // the year the plan was issued (or when that year is unknown) and is not named as a target.
        if (baseline < 0 && yearCols.size() >= 2 && years.get(0) != null
                && (referenceYear == null || years.get(0) < referenceYear)
                && TARGET_WORDS.stream().noneMatch(header.get(yearCols.get(0))::contains)) {
            baseline = yearCols.remove(0);
            baselineYear = years.remove(0);
        }
        return new Columns(indicator, unit, baseline, baselineYear, yearCols, years);
    }

    private void rowTargets(List<String> cells, Columns cols, Span span, Deadline fallback, List<Target> out) {
        if (cols.indicator() >= cells.size()) {
            return;
        }
        String name = cells.get(cols.indicator()).replaceAll("\\s+", "");
        String unit = cols.unit() >= 0 && cols.unit() < cells.size() && !BLANK.matcher(cells.get(cols.unit())).matches()
                ? cells.get(cols.unit()).strip() : "";
        Matcher u = UNIT_IN_NAME.matcher(name);
        if (u.matches() && !u.group(1).isEmpty()) {
            name = u.group(1);
            unit = unit.isEmpty() ? u.group(2) : unit;
        }
        if (name.isEmpty()) {
            return;
        }
        Target.Baseline baseline = cols.baseline() >= 0 && cols.baseline() < cells.size()
                ? baseline(cells.get(cols.baseline()), cols.baselineYear()) : null;
        for (int k = 0; k < cols.horizons().size(); k++) {
            int col = cols.horizons().get(k);
            if (col >= cells.size()) {
                continue;
            }
            Integer year = cols.years().get(k);
            Deadline due = year == null ? fallback : Deadline.on(LocalDate.of(year, 12, 31), year + "年");
            Target t = cell(fold(cells.get(col)), name, unit, baseline, due, span);
            if (t != null) {
                out.add(t);
            }
        }
    }

    private Target cell(String cell, String name, String unit, Target.Baseline baseline, Deadline due, Span span) {
        String key = keys.of(name);
        if (BLANK.matcher(cell).matches()) {
            return null;
        }
        if (cell.chars().noneMatch(Character::isDigit)) {
            return new Target(name, key, null, null, null, unit, due, span, null, baseline, cell);
        }
        Target.Change change = null;
        String bound = cell;
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i))) {
                Target.Change c = changes.read(cell, 0, i);
                if (c != null) {
                    change = c;
                    bound = cell.substring(i);
                    break;
                }
            }
        }
        Matcher m = NUMBER_CELL.matcher(bound);
        if (!m.matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(2));
        BigDecimal max = m.group(3) == null ? null : new BigDecimal(m.group(3));
        String cellUnit = m.group(4) == null ? "" : m.group(4);
        Comparison comparator = comparator(m.group(1), m.group(5), max, change, value, baseline, name);
        return new Target(name, key, comparator, value, max, cellUnit.isEmpty() ? unit : cellUnit, due, span, change,
                baseline, null);
    }

    private Comparison comparator(String before, String after, BigDecimal max, Target.Change change, BigDecimal value,
            Target.Baseline baseline, String name) {
        if (max != null) {
            return Comparison.BETWEEN;
        }
        if (after != null) {
            return after.equals("左右") ? Comparison.APPROXIMATELY
                    : after.endsWith("以上") ? Comparison.AT_LEAST : Comparison.AT_MOST;
        }
        if (before != null) {
            return switch (before) {
                case ">", ">=", "≥", "不低于", "不少于", "高于", "大于", "超过" -> Comparison.AT_LEAST;
                case "约" -> Comparison.APPROXIMATELY;
                default -> Comparison.AT_MOST;
            };
        }
        if (change != null) {
            return Comparison.AT_LEAST;
        }
        // A bare value is a bound in the direction the plan moves the indicator: down from a higher baseline,
        // else up — or, with no baseline, down for what the plan means to reduce (death rates…).
        if (baseline != null && baseline.value() != null) {
            return value.compareTo(baseline.value()) < 0 ? Comparison.AT_MOST : Comparison.AT_LEAST;
        }
        return lowerIsBetter.stream().anyMatch(name::endsWith) ? Comparison.AT_MOST : Comparison.AT_LEAST;
    }

    private static Target.Baseline baseline(String cell, Integer columnYear) {
        Matcher m = NUMBER_CELL.matcher(fold(cell));
        if (!m.matches()) {
            return null;
        }
        Integer year = m.group(6) != null ? Integer.valueOf(m.group(6)) : columnYear;
        return new Target.Baseline(new BigDecimal(m.group(2)), year);
    }

    /** Full-width forms folded (＞80 → >80), spaces dropped. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
