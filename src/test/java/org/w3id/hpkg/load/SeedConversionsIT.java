package org.w3id.hpkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.ExtractedTask;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.Target;
import org.w3id.hpkg.rebuild.CorpusFiles;
import org.w3id.hpkg.rebuild.DocumentPipeline;

/**
 * Each seed plan converted by LibreOffice (headless, Debian's libreoffice-writer-nogui) to Word, PDF and
 * a web page gives the same tasks, responsible bodies, deadlines and targets as its text file: what the
 * loader and normalizer make of a format must not change what is extracted. Skipped where LibreOffice is
 * not installed. Labels are compared without spaces: a PDF's text layer may set a space between a Chinese
 * character and a Latin letter that the text file does not have.
 */
class SeedConversionsIT {

    private static final List<String> FORMATS = List.of("docx", "pdf", "html");
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(new Gazetteer());

    @TempDir
    static Path out;

    @BeforeAll
    static void convert() throws Exception {
        assumeTrue(soffice() != null, "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui");
        List<String> seeds = CorpusFiles.list(Path.of("data/corpus")).stream().map(p -> p.toAbsolutePath().toString())
                .toList();
        for (String format : FORMATS) {
            List<String> command = new ArrayList<>(List.of(soffice(), "--headless", "--norestore",
                    "-env:UserInstallation=" + out.resolve("profile").toUri(), "--infilter=Text (encoded):UTF8,LF,,,",
                    "--convert-to", format, "--outdir", out.toString()));
            command.addAll(seeds);
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile())
                    .start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "LibreOffice did not finish converting to " + format);
        }
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        return null;
    }

    static Stream<Arguments> conversions() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (Path seed : CorpusFiles.list(Path.of("data/corpus"))) {
            for (String format : FORMATS) {
                all.add(Arguments.of(seed.getFileName().toString(), format));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("conversions")
    void givesWhatTheTextFileGives(String seed, String format) throws Exception {
        Path converted = out.resolve(seed.replaceAll("\\.txt$", "." + format));
        assertTrue(Files.exists(converted), "LibreOffice wrote no " + converted.getFileName());
        List<String> expected = render(PIPELINE.process(seed, Files.readAllBytes(Path.of("data/corpus", seed))));
        List<String> found = render(PIPELINE.process(converted.getFileName().toString(), Files.readAllBytes(converted)));
        assertEquals(String.join("\n", expected), String.join("\n", found));
    }

    private static List<String> render(ExtractedDocument doc) {
        List<String> lines = new ArrayList<>();
        for (ExtractedTask t : doc.tasks()) {
            lines.add(String.join(" | ", "task " + t.task().ordinal(), t.task().label().replaceAll("\\s", ""),
                    String.join("、", t.leaders()), String.join("、", t.leadBodies()), String.join("、", t.cooperatingBodies()),
                    t.deadline() == null ? "" : t.deadline().ongoing() ? "ongoing" : t.deadline().due().toString()));
            for (Target g : t.targets()) {
                lines.add(String.join(" | ", "  target", g.indicator().replaceAll("\\s", ""), g.comparator().name(),
                        g.value().toPlainString(), g.max() == null ? "" : g.max().toPlainString(), g.unit(),
                        g.deadline() == null ? "" : String.valueOf(g.deadline().due())));
            }
        }
        return lines;
    }
}
