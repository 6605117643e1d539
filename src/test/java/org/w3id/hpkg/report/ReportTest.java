package org.w3id.hpkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.library.ResultTable;

/** The report's page: every chart and table is its query's answer, reproducible with the command beside it. */
class ReportTest {

    private static String html;
    private static Map<String, String> sections;

    @BeforeAll
    static void report() {
        html = Report.builder().library(AnalystCorpus.library()).dataset(AnalystCorpus.dataset()).build().html();
        sections = sections(html);
    }

    /** Section id → its markup. */
    static Map<String, String> sections(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<section id=\"([a-z]+)\"(.*?)</section>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.put(m.group(1), m.group(0));
        }
        return out;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String marks(String section) {
        int start = section.indexOf("<g class=\"marks\">");
        return section.substring(start, section.indexOf("<g class=\"legend\">", start));
    }

    private static String legend(String section) {
        int start = section.indexOf("<g class=\"legend\">");
        return section.substring(start, section.indexOf("</svg>", start));
    }

    /** Runs the command shown beside a section (hpkg query NAME --param k=v …) through the library. */
    private static ResultTable reproduce(String section) {
        Matcher m = Pattern.compile("<p class=\"source\">Query <code>[^<]+</code> \\((\\d+) rows\\): <code>hpkg query ([a-z-]+)(.*?)</code>")
                .matcher(section);
        assertTrue(m.find(), "the section names its query and command");
        Map<String, String> params = new LinkedHashMap<>();
        String command = m.group(3).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        Matcher p = Pattern.compile(" --param ([A-Za-z]+)=('[^']*'|\\S+)").matcher(command);
        while (p.find()) {
            String v = p.group(2);
            params.put(p.group(1), v.startsWith("'") ? v.substring(1, v.length() - 1) : v);
        }
        ResultTable t = AnalystCorpus.run(m.group(2), params);
        assertEquals(Integer.parseInt(m.group(1)), t.size(), "rows shown beside " + m.group(2));
        return t;
    }

    @Test
    void givenTheCorpus_thenTheReportHasFourChartsAndThreeTablesEachNamingAQueryOfTheLibrary() {
        assertEquals(List.of("targets", "spread", "bodies", "deadlines", "programmes", "documents", "quality"),
                new ArrayList<>(sections.keySet()));
        assertEquals(4, count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart"));
        assertEquals(3, count(html, "<table>"));
        for (String s : sections.values()) {
            Matcher q = Pattern.compile("data-query=\"([a-z-]+)\"").matcher(s);
            assertTrue(q.find());
            assertTrue(AnalystCorpus.library().find(q.group(1)).isPresent(), q.group(1));
            assertTrue(reproduce(s).size() > 0);
        }
    }

    @Test
    void givenTheTargetsChart_thenEveryTargetIsADotColouredByItsRegion() {
        String s = sections.get("targets");
        ResultTable t = reproduce(s);
        int ranges = 0;
        for (int i = 0; i < t.size(); i++) {
            ranges += t.text(i, "max").isEmpty() ? 0 : 1;
            assertTrue(legend(s).contains(">" + t.text(i, "region") + "<"), t.text(i, "region"));
        }
        assertEquals(t.size() + ranges, count(marks(s), "<circle"), "one dot per target, two for a range");
        assertEquals(ranges, count(marks(s), "<rect"));
    }

    @Test
    void givenTheBarAndTimelineCharts_thenTheyDrawEveryRowOfTheirQuery() {
        ResultTable bodies = reproduce(sections.get("bodies"));
        assertEquals(Math.min(20, bodies.size()), count(marks(sections.get("bodies")), "<rect"));
        ResultTable deadlines = reproduce(sections.get("deadlines"));
        assertEquals(deadlines.size(), count(marks(sections.get("deadlines")), "<circle"));
        assertTrue(legend(sections.get("deadlines")).contains(">同心县<"));
        ResultTable programmes = reproduce(sections.get("programmes"));
        assertEquals(2 * programmes.size(), count(marks(sections.get("programmes")), "<rect"));
        assertTrue(legend(sections.get("programmes")).contains(">plans<") && legend(sections.get("programmes")).contains(">tasks<"));
    }

    @Test
    void givenTheTables_thenTheyHoldTheRowsOfTheirQueries() {
        assertEquals(reproduce(sections.get("documents")).size(), count(sections.get("documents"), "<tr>") - 1);
        assertEquals(reproduce(sections.get("quality")).size(), count(sections.get("quality"), "<tr>") - 1);
        assertTrue(sections.get("quality").contains("TRADITIONAL_CONVERTED"));
    }

    @Test
    void givenThePage_thenItLoadsNothingFromElsewhereAndRunsNoScript() {
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find());
        assertEquals(count(html, "http://"), count(html, "xmlns=\"http://www.w3.org/2000/svg\""), "only SVG namespaces");
        assertFalse(html.contains("https://"));
    }

    @Test
    void givenARegion_thenOnlyItsPlansAreShownAndEmptyChartsSaySo() {
        String hubei = Report.builder().library(AnalystCorpus.library()).dataset(AnalystCorpus.dataset()).region("湖北省")
                .build().html();
        Map<String, String> s = sections(hubei);
        assertTrue(s.get("documents").contains("001_6b944289bbc3a505.txt"));
        assertFalse(s.get("documents").contains("002_586d2fdbfe293bd4.txt"));
        assertTrue(s.get("deadlines").contains("No rows for this selection."), "荆门市's plan sets no deadlines");
        assertTrue(s.get("targets").contains("--param within=湖北省"));
        assertFalse(legend(s.get("targets")).contains(">同心县<"));
    }
}
