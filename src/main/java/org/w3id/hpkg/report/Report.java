package org.w3id.hpkg.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.w3id.hpkg.library.LibraryQuery;
import org.w3id.hpkg.library.PlanPage;
import org.w3id.hpkg.library.QueryLibrary;
import org.w3id.hpkg.library.RankPage;
import org.w3id.hpkg.library.ResultTable;

/**
 * {@code hpkg report}: one self-contained HTML page with charts (server-rendered SVG) and tables. Every
 * chart and table is the result of a library query, named beside it with the command that reproduces
 * it, so that an analyst can rerun, change or export what they see.
 */
public final class Report {

    /**
     * One chart or table of the report, with the query it came from; {@code paging} says how the pages of a
     * paged listing were joined, as HTML ("" for a query read at once)
     */
    record Section(String id, String title, LibraryQuery query, Map<String, String> params, String body,
            boolean chart, int rows, String paging) {}

    private final String region;
    private final List<Section> sections;

    private Report(String region, List<Section> sections) {
        this.region = region;
        this.sections = List.copyOf(sections);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a report: the library, the dataset, and an optional region. */
    public static final class Builder {
        private QueryLibrary library;
        private Dataset dataset;
        private String region;

        public Builder library(QueryLibrary library) {
            this.library = library;
            return this;
        }

        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Only plans of this region or of regions inside it (null: all). */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            return this;
        }

        /** Runs the report's queries. */
        public Report build() {
            if (library == null || dataset == null) {
                throw new IllegalStateException("a report needs a query library and a dataset");
            }
            return new Report(region, new Sections(library, dataset, region).all());
        }
    }

    public int charts() {
        return (int) sections.stream().filter(s -> s.chart() && s.rows() > 0).count();
    }

    public int tables() {
        return (int) sections.stream().filter(s -> !s.chart()).count();
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public String html() {
        StringBuilder h = new StringBuilder();
        String title = "hpkg report" + (region == null ? "" : ": " + region);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Svg.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Svg.escape(title)).append("</h1>\n<p>")
                .append("Health-commission work plans (卫生健康工作要点) in the knowledge graph")
                .append(region == null ? "" : ", restricted to plans of " + Svg.escape(region)
                        + " and the regions inside it")
                .append(". Every chart and table below is the answer of a query of the library in <code>queries/</code>;"
                        + " the command beside it reproduces it with <code>hpkg query</code>.</p>\n<nav><ul>");
        for (Section s : sections) {
            h.append("<li><a href=\"#").append(s.id()).append("\">").append(Svg.escape(s.title())).append("</a></li>");
        }
        h.append("</ul></nav>\n</header>\n<main>\n");
        for (Section s : sections) {
            h.append("<section id=\"").append(s.id()).append("\" class=\"").append(s.chart() ? "figure" : "table")
                    .append("\" data-query=\"").append(s.query().name()).append("\" data-rows=\"").append(s.rows())
                    .append("\">\n<h2>").append(Svg.escape(s.title())).append("</h2>\n<p class=\"question\">")
                    .append(Svg.escape(s.query().header().question())).append("<br>")
                    .append(Svg.escape(s.query().header().questionZh())).append("</p>\n<p class=\"source\">Query <code>")
                    .append(s.query().name()).append("</code> (").append(s.rows()).append(" rows): <code>")
                    .append(Svg.escape(command(s))).append("</code>")
                    .append(s.paging()).append("</p>\n");
            if (s.rows() == 0) {
                h.append("<p class=\"empty\">No rows for this selection.</p>\n");
            } else {
                h.append("<div class=\"body\">").append(s.body()).append("</div>\n");
            }
            h.append("</section>\n");
        }
        h.append("</main>\n<footer>Written by <code>hpkg report").append(region == null ? "" : " --region "
                + Svg.escape(region)).append("</code>. Charts are SVG drawn by hpkg; the page loads nothing from"
                + " the network.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String command(Section s) {
        StringBuilder c = new StringBuilder("hpkg query ").append(s.query().name());
        s.params().forEach((k, v) -> c.append(" --param ").append(k).append('=')
                .append(v.isEmpty() || v.contains(" ") || v.contains("%") ? "'" + v + "'" : v));
        return c.toString();
    }

    /** A query's answer, and how the pages it was read in were joined (HTML, "" for one page). */
    private record Answer(ResultTable table, String paging) {}

    /** Runs the report's queries and draws their answers. */
    private static final class Sections {
        private final QueryLibrary library;
        private final Dataset dataset;
        private final String region;

        Sections(QueryLibrary library, Dataset dataset, String region) {
            this.library = library;
            this.dataset = dataset;
            this.region = region;
        }

        List<Section> all() {
            List<Section> all = new ArrayList<>();
            all.add(targets());
            all.add(table("spread", "Where regions' targets differ most", "indicator-spread", params(),
                    List.of("indicator", "unit", "regions", "lowest", "highest", "spread", "targets", "lowestIn",
                            "highestIn")));
            all.add(taskLoad());
            all.add(deadlines());
            all.add(programmes());
            all.add(table("documents", "Documents", "documents", params(),
                    List.of("file", "title", "region", "year", "issuer", "tasks", "targets", "notes")));
            all.add(table("quality", "Documents and their data-quality notes", "data-quality-notes", params(),
                    List.of("file", "region", "kind", "offset", "note")));
            return all;
        }

        private Map<String, String> params(String... pairs) {
            Map<String, String> p = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                p.put(pairs[i], pairs[i + 1]);
            }
            if (region != null) {
                p.put("within", region);
            }
            return p;
        }

        /**
         * A query's answer. A listing paged by plan (see {@link PlanPage}) is read page after page, so
         * that the charts cover every plan in scope and not only the first 100.
         */
        private Answer run(LibraryQuery q, Map<String, String> params) {
            Query query = q.withParameters(params);
            ResultTable first = ResultTable.select(dataset, query);
            List<Map<String, Node>> rows = new ArrayList<>(first.rows());
            int pages = 1;
            Optional<String> next = PlanPage.of(query).flatMap(p -> p.nextAfter(dataset));
            while (next.isPresent()) {
                Map<String, String> page = new LinkedHashMap<>(params);
                page.put(PlanPage.AFTER, next.get());
                query = q.withParameters(page);
                rows.addAll(ResultTable.select(dataset, query).rows());
                pages++;
                next = PlanPage.of(query).flatMap(p -> p.nextAfter(dataset));
            }
            return new Answer(new ResultTable(first.columns(), rows), pages == 1 ? ""
                    : ", " + pages + " pages of 100 plans together (<code>--param " + PlanPage.AFTER
                            + "=FILE</code> gives the page after FILE)");
        }

        /** A listing paged by rank (see {@link RankPage}), read page after page. */
        private Answer runRanked(LibraryQuery q, Map<String, String> params) {
            List<Map<String, Node>> rows = new ArrayList<>();
            List<String> columns = List.of();
            OptionalLong from = OptionalLong.of(1);
            int pages = 0;
            while (from.isPresent()) {
                Map<String, String> page = new LinkedHashMap<>(params);
                page.put(RankPage.FROM, Long.toString(from.getAsLong()));
                ResultTable t = ResultTable.select(dataset, q.withParameters(page));
                columns = t.columns();
                rows.addAll(t.rows());
                pages++;
                from = RankPage.next(t, from.getAsLong());
            }
            return new Answer(new ResultTable(columns, rows), pages == 1 ? ""
                    : ", " + pages + " pages of " + RankPage.SIZE + " ranks together (<code>--param " + RankPage.FROM
                            + "=N</code> gives the ranks from N)");
        }

        private Section targets() {
            LibraryQuery q = library.get("indicator-targets-by-region");
            Map<String, String> params = params("keyword", "", "inUnit", "%");
            Answer answer = runRanked(q, params);
            ResultTable t = answer.table();
            List<Charts.Dot> dots = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                String max = t.text(i, "max");
                String shown = t.text(i, "region") + " · " + t.text(i, "indicator") + " " + t.text(i, "comparator") + " "
                        + Charts.format(t.number(i, "value")) + (max.isEmpty() ? "" : "–" + max) + t.text(i, "unit")
                        + " (" + t.text(i, "file") + ")";
                dots.add(new Charts.Dot(t.text(i, "indicator"), t.text(i, "region"), t.number(i, "value"),
                        max.isEmpty() ? null : Double.valueOf(max), shown));
            }
            return new Section("targets", "Targets per indicator across regions (rates, %)", q, params,
                    Charts.dotPlot(dots, "target value (%)", "Region", "Percentage targets per indicator, by region"),
                    true, t.size(), answer.paging());
        }

        private Section taskLoad() {
            LibraryQuery q = library.get("tasks-per-lead-body");
            Map<String, String> params = params();
            Answer answer = run(q, params);
            ResultTable t = answer.table();
            List<Charts.Bar> bars = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                int tasks = (int) t.number(i, "tasks");
                bars.add(new Charts.Bar(t.text(i, "body"), List.of(new Charts.Segment(tasks, t.text(i, "region"),
                        t.text(i, "region") + " · " + t.text(i, "body") + ": " + tasks + " tasks led"))));
            }
            bars.sort(Comparator.comparingDouble((Charts.Bar b) -> -b.segments().get(0).value())
                    .thenComparing(Charts.Bar::label));
            List<Charts.Bar> top = bars.subList(0, Math.min(20, bars.size()));
            return new Section("bodies", "Task load per lead body", q, params,
                    Charts.barChart(top, "tasks led (hp:leadBody)", "Region", List.of(),
                            "Tasks led per body, the 20 busiest"), true, t.size(), answer.paging());
        }

        private Section deadlines() {
            LibraryQuery q = library.get("deadlines");
            Map<String, String> params = params();
            Answer answer = run(q, params);
            ResultTable t = answer.table();
            List<Charts.Event> events = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                int tasks = (int) t.number(i, "tasks");
                events.add(new Charts.Event(LocalDate.parse(t.text(i, "due")), t.text(i, "region"), tasks,
                        t.text(i, "region") + " · " + t.text(i, "file") + ": " + tasks + " task(s) due " + t.text(i, "due")));
            }
            return new Section("deadlines", "Deadlines on a timeline", q, params,
                    Charts.timeline(events, "Region", "Tasks due per date and region"), true, t.size(), answer.paging());
        }

        private Section programmes() {
            LibraryQuery q = library.get("recurring-programmes");
            Map<String, String> params = params();
            Answer answer = run(q, params);
            ResultTable t = answer.table();
            List<Charts.Bar> bars = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                String name = t.text(i, "programme");
                int plans = (int) t.number(i, "plans");
                int tasks = (int) t.number(i, "tasks");
                bars.add(new Charts.Bar(name, List.of(
                        new Charts.Segment(plans, "plans", name + ": in " + plans + " plan(s): " + t.text(i, "regions")),
                        new Charts.Segment(tasks, "tasks", name + ": mentioned by " + tasks + " task(s)"))));
            }
            return new Section("programmes", "Programmes shared across plans", q, params,
                    Charts.barChart(bars, "plans / tasks mentioning the programme", "Count of", List.of("plans", "tasks"),
                            "Programmes by the number of plans and tasks that mention them"), true, t.size(), answer.paging());
        }

        private Section table(String id, String title, String name, Map<String, String> params, List<String> columns) {
            LibraryQuery q = library.get(name);
            Answer answer = run(q, params);
            ResultTable t = answer.table();
            StringBuilder h = new StringBuilder("<table><thead><tr>");
            for (String c : columns) {
                h.append("<th>").append(Svg.escape(c)).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (int i = 0; i < t.size(); i++) {
                h.append("<tr>");
                for (String c : columns) {
                    String v = t.text(i, c);
                    boolean number = !v.isEmpty() && !Double.isNaN(t.number(i, c));
                    h.append(number ? "<td class=\"num\">" : "<td>").append(Svg.escape(number ? Charts.format(t.number(i, c))
                            : v)).append("</td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
            return new Section(id, title, q, params, h.toString(), false, t.size(), answer.paging());
        }
    }

    private static final String CSS = """
            body { font-family: 'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','PingFang SC','Microsoft YaHei',sans-serif;
                   margin: 0 auto; max-width: 1180px; padding: 0 24px 40px; color: #222; background: #fff; }
            h1 { font-size: 26px; margin: 28px 0 6px; }
            h2 { font-size: 19px; margin: 0 0 4px; }
            header p, .question { color: #444; }
            nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
            nav a { color: #0b5ea8; text-decoration: none; }
            section { border-top: 1px solid #ddd; padding: 18px 0 10px; }
            .source { font-size: 13px; color: #555; }
            code { background: #f3f3f3; padding: 1px 4px; border-radius: 3px; font-size: 12.5px; }
            .body { overflow-x: auto; }
            svg text.tick, svg text.value-label { fill: #555; font-size: 11px; }
            svg text.axis-title, svg text.legend-heading { fill: #333; font-weight: 600; }
            svg text.legend-note { fill: #555; font-size: 11px; }
            table { border-collapse: collapse; font-size: 13px; }
            th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 10px; text-align: left; vertical-align: top; }
            th { background: #f5f7fa; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .empty { color: #a33; }
            footer { margin-top: 24px; font-size: 12px; color: #666; }
            """;
}
