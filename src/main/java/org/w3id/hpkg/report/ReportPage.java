package org.w3id.hpkg.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.owasp.encoder.Encode;

/** The report's HTML page: a header with the sections' list, then each section with its query and command. */
final class ReportPage {

    private final String region;
    private final List<ReportSection> sections;

    ReportPage(String region, List<ReportSection> sections) {
        this.region = region;
        this.sections = sections;
    }

    String html() {
        StringBuilder h = new StringBuilder();
        head(h);
        h.append("<main>\n");
        sections.forEach(s -> section(h, s));
        h.append("</main>\n<footer>Written by <code>hpkg report")
                .append(region == null ? "" : " --region " + Encode.forHtml(region))
                .append("</code>. Charts are SVG drawn by hpkg; the page loads nothing from the network.</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private void head(StringBuilder h) {
        String title = Encode.forHtml("hpkg report" + (region == null ? "" : ": " + region));
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append("</title>\n<style>\n").append(css())
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(title).append("</h1>\n<p>")
                .append("Health-policy plans in the knowledge graph")
                .append(region == null ? "" : ", restricted to plans of " + Encode.forHtml(region)
                        + " and the regions inside it")
                .append(". Every chart and table below is the answer of a query of the library in <code>queries/</code>;"
                        + " the command beside it reproduces it with <code>hpkg query</code>.</p>\n<nav><ul>");
        for (ReportSection s : sections) {
            h.append("<li><a href=\"#").append(s.id()).append("\">").append(Encode.forHtml(s.title())).append("</a></li>");
        }
        h.append("</ul></nav>\n</header>\n");
    }

    private static void section(StringBuilder h, ReportSection s) {
        h.append("<section id=\"").append(s.id()).append("\" class=\"").append(s.chart() ? "figure" : "table")
                .append("\" data-query=\"").append(s.query().name()).append("\" data-rows=\"").append(s.rows())
                .append("\">\n<h2>").append(Encode.forHtml(s.title())).append("</h2>\n<p class=\"question\">")
                .append(Encode.forHtml(s.query().header().question())).append("<br>")
                .append(Encode.forHtml(s.query().header().questionZh())).append("</p>\n<p class=\"source\">Query <code>")
                .append(s.query().name()).append("</code> (").append(s.rows()).append(" rows): <code>")
                .append(Encode.forHtml(s.command())).append("</code>").append(s.paging()).append("</p>\n");
        if (s.rows() == 0) {
            h.append("<p class=\"empty\">No rows for this selection.</p>\n");
        } else {
            h.append("<div class=\"body\">").append(s.body()).append("</div>\n");
        }
        h.append("</section>\n");
    }

    private static String css() {
        try (InputStream in = ReportPage.class.getResourceAsStream("/hpkg/report/report.css")) {
            if (in == null) {
                throw new IllegalStateException("hpkg/report/report.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
