package org.w3id.hpkg.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.library.AllPages;
import org.w3id.hpkg.library.LibraryQuery;
import org.w3id.hpkg.library.PlanPage;
import org.w3id.hpkg.library.QueryLibrary;
import org.w3id.hpkg.library.RankPage;
import org.w3id.hpkg.library.ResultTable;

/**
 * Runs the report's library queries and draws their answers. Paged listings are read whole
 * ({@link AllPages}), so that the charts cover every plan in scope and not only the first page.
 */
final class ReportSections {

    private final QueryLibrary library;
    private final Dataset dataset;
    private final String region;

    ReportSections(QueryLibrary library, Dataset dataset, String region) {
        this.library = library;
        this.dataset = dataset;
        this.region = region;
    }

    List<ReportSection> all() {
        return List.of(targets(),
                table("spread", "Where regions' targets differ most", "indicator-spread",
                        List.of("indicator", "unit", "regions", "lowest", "highest", "spread", "targets", "lowestIn",
                                "highestIn")),
                taskLoad(), deadlines(), programmes(),
                table("documents", "Documents", "documents",
                        List.of("file", "title", "region", "year", "issuer", "tasks", "targets", "notes")),
                table("quality", "Documents and their data-quality notes", "data-quality-notes",
                        List.of("file", "region", "kind", "offset", "note")));
    }

    /** The parameters of a section, with the report's region when it has one. */
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

    private static String planPaging(AllPages answer) {
        return answer.pages() == 1 ? "" : ", " + answer.pages() + " pages of 100 plans together (<code>--param "
                + PlanPage.AFTER + "=FILE</code> gives the page after FILE)";
    }

    private static String rankPaging(AllPages answer) {
        return answer.pages() == 1 ? "" : ", " + answer.pages() + " pages of " + RankPage.SIZE
                + " ranks together (<code>--param " + RankPage.FROM + "=N</code> gives the ranks from N)";
    }

    private ReportSection targets() {
        LibraryQuery q = library.get("indicator-targets-by-region");
        Map<String, String> params = params("keyword", "", "inUnit", "%");
        AllPages answer = AllPages.byRank(dataset, q, params);
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
        return new ReportSection("targets", "Targets per indicator across regions (rates, %)", q, params,
                Charts.dotPlot(dots, "target value (%)", "Region", "Percentage targets per indicator, by region"),
                true, t.size(), rankPaging(answer));
    }

    private ReportSection taskLoad() {
        LibraryQuery q = library.get("tasks-per-lead-body");
        Map<String, String> params = params();
        AllPages answer = AllPages.byPlan(dataset, q, params);
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
        return new ReportSection("bodies", "Task load per lead body", q, params,
                Charts.barChart(top, "tasks led (hp:leadBody)", "Region", List.of(), "Tasks led per body, the 20 busiest"),
                true, t.size(), planPaging(answer));
    }

    private ReportSection deadlines() {
        LibraryQuery q = library.get("deadlines");
        Map<String, String> params = params();
        AllPages answer = AllPages.byPlan(dataset, q, params);
        ResultTable t = answer.table();
        List<Charts.Event> events = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            int tasks = (int) t.number(i, "tasks");
            events.add(new Charts.Event(LocalDate.parse(t.text(i, "due")), t.text(i, "region"), tasks,
                    t.text(i, "region") + " · " + t.text(i, "file") + ": " + tasks + " task(s) due " + t.text(i, "due")));
        }
        return new ReportSection("deadlines", "Deadlines on a timeline", q, params,
                Charts.timeline(events, "Region", "Tasks due per date and region"), true, t.size(), planPaging(answer));
    }

    private ReportSection programmes() {
        LibraryQuery q = library.get("recurring-programmes");
        Map<String, String> params = params();
        AllPages answer = AllPages.byPlan(dataset, q, params);
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
        return new ReportSection("programmes", "Programmes shared across plans", q, params,
                Charts.barChart(bars, "plans / tasks mentioning the programme", "Count of", List.of("plans", "tasks"),
                        "Programmes by the number of plans and tasks that mention them"), true, t.size(),
                planPaging(answer));
    }

    private ReportSection table(String id, String title, String name, List<String> columns) {
        LibraryQuery q = library.get(name);
        Map<String, String> params = params();
        AllPages answer = AllPages.byPlan(dataset, q, params);
        return new ReportSection(id, title, q, params, HtmlTable.of(answer.table(), columns), false,
                answer.table().size(), planPaging(answer));
    }
}
