package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;

/**
 * {@code hpkg query} and {@code hpkg stats} start fast because they load nothing they do not need: no
 * HanLP dictionaries, no extraction stages, no SHACL validation, no reasoner. Checked in a fresh JVM that
 * lists every class it loads.
 */
class StartupIT {

    @TempDir
    static Path dir;
    private static Path store;

    @BeforeAll
    static void buildStore() throws Exception {
        store = dir.resolve("store");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertTrue(new RebuildJob(RebuildOptions.builder().corpus(Path.of("data/corpus")).store(store).build(), quiet)
                .run().switched());
    }

    @Test
    void givenAStore_whenStatsRuns_thenNoHeavyMachineryIsLoaded() throws Exception {
        List<String> classes = loadedClasses("stats", "--store", store.toString());
        assertNoHeavyClasses(classes);
    }

    @Test
    void givenAStore_whenAQueryRuns_thenNoHeavyMachineryIsLoaded() throws Exception {
        List<String> classes = loadedClasses("query", "--store", store.toString(), "queries/targets.rq");
        assertNoHeavyClasses(classes);
    }

    private static void assertNoHeavyClasses(List<String> classes) {
        assertTrue(classes.stream().anyMatch(c -> c.startsWith("org.w3id.hpkg.store.")), "the command ran");
        List<String> heavy = classes.stream().filter(c -> c.startsWith("com.hankcs.")
                || c.startsWith("org.w3id.hpkg.normalize.") || c.startsWith("org.w3id.hpkg.parse.")
                || c.startsWith("org.w3id.hpkg.extract.") || c.equals("org.w3id.hpkg.rebuild.RebuildJob")
                || c.equals("org.w3id.hpkg.rebuild.DocumentPipeline") || c.startsWith("org.w3id.hpkg.bench.")
                || c.startsWith("org.apache.jena.shacl.engine.") || c.startsWith("org.apache.jena.shacl.validation.")
                || c.startsWith("org.apache.jena.reasoner.rulesys.")).toList();
        assertEquals(List.of(), heavy);
    }

    /** Runs hpkg in a fresh JVM and returns the names of the classes it loaded. */
    private static List<String> loadedClasses(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        List<String> classes = new ArrayList<>();
        for (String line : output.split("\n")) {
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                classes.add(rest.split(" ")[0]);
            }
        }
        return classes;
    }
}
