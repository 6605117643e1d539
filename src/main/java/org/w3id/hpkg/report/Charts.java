package org.w3id.hpkg.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's charts, drawn as SVG on the server: no script, no network, the same picture everywhere. */
final class Charts {

    private static final double ROW = 22;
    private static final double TOP = 34;
    private static final double LEGEND_WIDTH = 190;
    private static final double MAX_LABEL = 330;
    private static final String AXIS = "#888";
    private static final String GRID = "#e4e4e4";

    private Charts() {}

    /** One target: a value (and an upper bound for ranges) of an indicator in a region. */
    record Dot(String label, String category, double value, Double max, String title) {}

    /**
     * Rows of dots on a value axis: one row per label, one dot per target, coloured by category; a range
     * target is a bar between its bounds.
     */
    static String dotPlot(List<Dot> dots, String axisTitle, String legendTitle, String ariaLabel) {
        Map<String, List<Dot>> rows = new LinkedHashMap<>();
        for (Dot d : dots) {
            rows.computeIfAbsent(d.label(), k -> new ArrayList<>()).add(d);
        }
        double labelWidth = labelWidth(rows.keySet());
        double plotWidth = 480;
        double maxValue = Math.max(100, dots.stream().mapToDouble(d -> d.max() != null ? d.max() : d.value()).max()
                .orElse(100));
        double step = niceStep(maxValue);
        maxValue = Math.ceil(maxValue / step) * step;
        double height = TOP + Math.max(1, rows.size()) * ROW + 40;
        Palette palette = new Palette();
        dots.forEach(d -> palette.color(d.category()));
        Svg svg = new Svg(labelWidth + plotWidth + LEGEND_WIDTH + 30, Math.max(height, 60 + 18 * palette.categories()
                .size()), "chart dot-plot", ariaLabel);
        double x0 = labelWidth + 10;
        double bottom = TOP + rows.size() * ROW;
        svg.open("axis");
        for (double v = 0; v <= maxValue + 1e-9; v += step) {
            double x = x0 + v / maxValue * plotWidth;
            svg.line(x, TOP - 6, x, bottom, GRID, 1);
            svg.text(x, bottom + 16, format(v), "middle", "tick");
        }
        svg.text(x0 + plotWidth / 2, bottom + 34, axisTitle, "middle", "axis-title");
        svg.close();
        svg.open("marks");
        int i = 0;
        for (Map.Entry<String, List<Dot>> row : rows.entrySet()) {
            double y = TOP + i * ROW + ROW / 2;
            svg.text(labelWidth, y + 4, clip(row.getKey(), labelWidth), "end", "row-label");
            for (Dot d : row.getValue()) {
                String color = palette.color(d.category());
                double x = x0 + d.value() / maxValue * plotWidth;
                if (d.max() != null) {
                    double x2 = x0 + d.max() / maxValue * plotWidth;
                    svg.rect(x, y - 3, Math.max(2, x2 - x), 6, color, d.title());
                    svg.circle(x2, y, 5, color, d.title());
                }
                svg.circle(x, y, 5, color, d.title());
            }
            i++;
        }
        svg.close();
        svg.legend(x0 + plotWidth + 24, TOP, palette.categories(), palette.colors(), legendTitle);
        return svg.toString();
    }

    /** One bar of a bar chart: one segment per series, side by side. */
    record Bar(String label, List<Segment> segments) {}

    /** A value of one series (its colour names it in the legend). */
    record Segment(double value, String category, String title) {}

    /** Horizontal bars, one group per label, each value labelled at its end. */
    static String barChart(List<Bar> bars, String axisTitle, String legendTitle, List<String> legendOrder,
            String ariaLabel) {
        double labelWidth = labelWidth(bars.stream().map(Bar::label).toList());
        double plotWidth = 420;
        int perGroup = bars.stream().mapToInt(b -> b.segments().size()).max().orElse(1);
        double barHeight = perGroup == 1 ? 14 : 9;
        double groupHeight = perGroup * barHeight + 8;
        double maxValue = bars.stream().flatMap(b -> b.segments().stream()).mapToDouble(Segment::value).max().orElse(1);
        double step = niceStep(maxValue);
        maxValue = Math.max(step, Math.ceil(maxValue / step) * step);
        Palette palette = new Palette();
        legendOrder.forEach(palette::color);
        bars.forEach(b -> b.segments().forEach(s -> palette.color(s.category())));
        double bottom = TOP + bars.size() * groupHeight;
        Svg svg = new Svg(labelWidth + plotWidth + LEGEND_WIDTH + 40, Math.max(bottom + 40,
                60 + 18 * palette.categories().size()), "chart bar-chart", ariaLabel);
        double x0 = labelWidth + 10;
        svg.open("axis");
        for (double v = 0; v <= maxValue + 1e-9; v += step) {
            double x = x0 + v / maxValue * plotWidth;
            svg.line(x, TOP - 6, x, bottom, GRID, 1);
            svg.text(x, bottom + 16, format(v), "middle", "tick");
        }
        svg.text(x0 + plotWidth / 2, bottom + 34, axisTitle, "middle", "axis-title");
        svg.close();
        svg.open("marks");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * groupHeight + 4;
            svg.text(labelWidth, y + perGroup * barHeight / 2 + 4, clip(bar.label(), labelWidth), "end", "row-label");
            for (int s = 0; s < bar.segments().size(); s++) {
                Segment seg = bar.segments().get(s);
                double w = Math.max(1, seg.value() / maxValue * plotWidth);
                double top = y + s * barHeight;
                svg.rect(x0, top, w, barHeight - 1, palette.color(seg.category()), seg.title());
                svg.text(x0 + w + 4, top + barHeight - 2, format(seg.value()), "start", "value-label");
            }
        }
        svg.close();
        svg.legend(x0 + plotWidth + 34, TOP, palette.categories(), palette.colors(), legendTitle);
        return svg.toString();
    }

    /** A count of things due on a day, in one lane. */
    record Event(LocalDate date, String lane, int count, String title) {}

    /** Dates on a horizontal time axis, one lane per category; a circle's area is the count. */
    static String timeline(List<Event> events, String legendTitle, String ariaLabel) {
        List<String> lanes = events.stream().map(Event::lane).distinct().toList();
        LocalDate first = events.stream().map(Event::date).min(LocalDate::compareTo).orElse(LocalDate.now())
                .withDayOfMonth(1).minusMonths(1);
        LocalDate last = events.stream().map(Event::date).max(LocalDate::compareTo).orElse(LocalDate.now())
                .withDayOfMonth(1).plusMonths(2);
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double labelWidth = labelWidth(lanes);
        double plotWidth = 620;
        double lane = 56;
        double x0 = labelWidth + 10;
        double bottom = TOP + Math.max(1, lanes.size()) * lane;
        Palette palette = new Palette();
        lanes.forEach(palette::color);
        Svg svg = new Svg(x0 + plotWidth + LEGEND_WIDTH + 30, Math.max(bottom + 44, 100 + 18 * lanes.size()),
                "chart timeline", ariaLabel);
        long months = ChronoUnit.MONTHS.between(first, last);
        int every = (int) Math.max(1, Math.ceil(months / 12.0));
        svg.open("axis");
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(every)) {
            double x = x0 + ChronoUnit.DAYS.between(first, m) / days * plotWidth;
            svg.line(x, TOP - 6, x, bottom, GRID, 1);
            svg.text(x, bottom + 16, m.toString().substring(0, 7), "middle", "tick");
        }
        svg.line(x0, bottom, x0 + plotWidth, bottom, AXIS, 1);
        svg.text(x0 + plotWidth / 2, bottom + 36, "due date (hp:dueDate)", "middle", "axis-title");
        svg.close();
        int maxCount = events.stream().mapToInt(Event::count).max().orElse(1);
        svg.open("marks");
        for (int i = 0; i < lanes.size(); i++) {
            double y = TOP + i * lane + lane / 2;
            svg.text(labelWidth, y + 4, clip(lanes.get(i), labelWidth), "end", "row-label");
            svg.line(x0, y, x0 + plotWidth, y, GRID, 1);
        }
        for (Event e : events) {
            double x = x0 + ChronoUnit.DAYS.between(first, e.date()) / days * plotWidth;
            double y = TOP + lanes.indexOf(e.lane()) * lane + lane / 2;
            double r = 4 + 18 * Math.sqrt((double) e.count() / maxCount);
            svg.circle(x, y, r, palette.color(e.lane()), e.title());
            svg.text(x, y - r - 3, e.count() + " · " + e.date().toString().substring(5), "middle", "value-label");
        }
        svg.close();
        svg.legend(x0 + plotWidth + 24, TOP, palette.categories(), palette.colors(), legendTitle);
        svg.text(x0 + plotWidth + 24, TOP + 30 + 18 * lanes.size(), "circle area = number of tasks", "start",
                "legend-note");
        return svg.toString();
    }

    private static double labelWidth(Iterable<String> labels) {
        double w = 60;
        for (String l : labels) {
            w = Math.max(w, Svg.textWidth(l, 12) + 8);
        }
        return Math.min(w, MAX_LABEL);
    }

    private static String clip(String label, double width) {
        if (Svg.textWidth(label, 12) + 8 <= width) {
            return label;
        }
        String s = label;
        while (s.length() > 1 && Svg.textWidth(s + "…", 12) + 8 > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static double niceStep(double max) {
        double raw = max / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.max(1, m * magnitude);
            }
        }
        return Math.max(1, 10 * magnitude);
    }

    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
