package org.w3id.hpkg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.library.AnalystCorpus;
import org.w3id.hpkg.library.ResultTable;

/**
 * The report opened in headless Chromium (Debian's package; src/test/scripts/install-chromium.sh installs
 * it, CI runs that script): no console errors, every chart drawn with its legend, and a screenshot.
 * Skipped where Chromium is not installed. {@code -Dhpkg.screenshot=FILE} keeps the screenshot (the
 * README's is data/screenshots/report.png).
 */
class ReportInChromiumIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final int WIDTH = 1280;

    @TempDir
    static Path dir;
    private static Path report;

    @BeforeAll
    static void writeReport() throws IOException {
        if (Files.isExecutable(CHROMIUM)) {
            report = dir.resolve("report.html");
            Report.builder().library(AnalystCorpus.library()).dataset(AnalystCorpus.dataset()).build().write(report);
        }
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (src/test/scripts/install-chromium.sh)");
    }

    /** Standard output and error of one headless Chromium run. */
    record Browser(String out, String err) {}

    private static Browser chromium(Path page, String... extra) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--hide-scrollbars"));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 90 s");
        }
        return new Browser(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Messages the page wrote to the console, as Chromium logs them. */
    static List<String> consoleMessages(String log) {
        List<String> messages = new ArrayList<>();
        for (String line : log.split("\\R")) {
            // e.g. [9256:9256:1128/063046.589616:INFO:CONSOLE:1] "boom", source: file:///… (1)
            if (line.contains(":CONSOLE:") || line.contains(":CONSOLE(") || line.contains("Uncaught")) {
                messages.add(line);
            }
        }
        return messages;
    }

    @Test
    void givenAPageWithAnError_thenTheConsoleCheckSeesIt() throws Exception {
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><p>x</p><script>console.error('boom'); undefinedCall();</script>"
                + "</body></html>");
        List<String> messages = consoleMessages(chromium(broken, "--dump-dom").err());
        assertTrue(messages.stream().anyMatch(m -> m.contains("\"boom\"")), "the check must catch console errors: " + messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains("Uncaught ReferenceError")), messages.toString());
    }

    @Test
    void givenTheReport_whenOpened_thenTheConsoleStaysSilent() throws Exception {
        Browser run = chromium(report, "--dump-dom");
        assertTrue(run.out().contains("<h1>hpkg report</h1>"), "the page was loaded");
        assertEquals(List.of(), consoleMessages(run.err()));
    }

    @Test
    void givenTheReport_whenRendered_thenEveryChartHasMarksAndItsLegend() throws Exception {
        // a copy of the report with a probe that measures what Chromium laid out
        String probe = """
                <script>
                document.querySelectorAll('svg.chart').forEach(function (svg) {
                  var box = function (sel) { var g = svg.querySelector(sel); var b = g ? g.getBBox() : {width: 0, height: 0};
                    return Math.round(b.width) + 'x' + Math.round(b.height); };
                  svg.setAttribute('data-marks', box('g.marks'));
                  svg.setAttribute('data-legend', Array.from(svg.querySelectorAll('g.legend text')).map(function (t) {
                    return t.textContent + '=' + Math.round(t.getComputedTextLength()); }).join('|'));
                });
                </script>
                """;
        Path probed = dir.resolve("probed.html");
        Files.writeString(probed, Files.readString(report, StandardCharsets.UTF_8).replace("</body>", probe + "</body>"));
        String dom = chromium(probed, "--dump-dom").out();
        Matcher m = Pattern.compile("<svg [^>]*class=\"chart ([a-z-]+)\"[^>]*>").matcher(dom);
        List<String> charts = new ArrayList<>();
        while (m.find()) {
            String tag = m.group(0);
            charts.add(m.group(1));
            Matcher marks = Pattern.compile("data-marks=\"(\\d+)x(\\d+)\"").matcher(tag);
            assertTrue(marks.find(), "probed: " + tag);
            assertTrue(Integer.parseInt(marks.group(1)) > 50 && Integer.parseInt(marks.group(2)) > 20,
                    m.group(1) + " drew its marks: " + marks.group(0));
            Matcher legend = Pattern.compile("data-legend=\"([^\"]*)\"").matcher(tag);
            assertTrue(legend.find());
            for (String entry : legend.group(1).split("\\|")) {
                assertTrue(Integer.parseInt(entry.substring(entry.lastIndexOf('=') + 1)) > 0, "legend text drawn: " + entry);
            }
            for (String expected : expectedLegend(charts.size() - 1)) {
                assertTrue(legend.group(1).contains(expected + "="), m.group(1) + " legend lacks " + expected + ": " + legend.group(1));
            }
        }
        assertEquals(List.of("dot-plot", "bar-chart", "timeline", "bar-chart"), charts);
    }

    /** What each chart's legend must name: the regions (or series) of its query's rows, charts in page order. */
    private static Set<String> expectedLegend(int chart) {
        Set<String> names = new LinkedHashSet<>();
        switch (chart) {
            case 0 -> column(AnalystCorpus.run("indicator-targets-by-region", Map.of("keyword", "", "inUnit", "%")), "region", names);
            case 1 -> column(AnalystCorpus.run("tasks-per-lead-body", Map.of()), "region", names);
            case 2 -> column(AnalystCorpus.run("deadlines", Map.of()), "region", names);
            default -> names.addAll(List.of("plans", "tasks"));
        }
        return names;
    }

    private static void column(ResultTable t, String column, Set<String> into) {
        for (int i = 0; i < t.size(); i++) {
            into.add(t.text(i, column));
        }
    }

    @Test
    void givenTheReport_whenScreenshotted_thenThePictureShowsThePage() throws Exception {
        Path png = dir.resolve("report.png");
        chromium(report, "--screenshot=" + png, "--window-size=" + WIDTH + ",4200");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        long ink = 0;
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                ink += r + g + b < 600 ? 1 : 0;
                coloured += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80 ? 1 : 0;
            }
        }
        long pixels = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(ink > pixels / 50, "text and charts drawn: " + ink + " of " + pixels);
        assertTrue(coloured > pixels / 500, "coloured marks drawn: " + coloured + " of " + pixels);
        String keep = System.getProperty("hpkg.screenshot");
        if (keep != null && !keep.isBlank()) {
            Path target = Path.of(keep);
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
