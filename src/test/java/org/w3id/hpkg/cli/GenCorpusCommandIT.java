package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.bench.CorpusTruth;
import org.w3id.hpkg.rebuild.CorpusFiles;
import picocli.CommandLine;

class GenCorpusCommandIT {

    @Test
    void givenDocsSeedAndOut_whenGenCorpusRuns_thenThePlansAndTheirTruthAreWritten(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = HpkgCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("gen-corpus", "--docs", "6", "--seed", "3", "--out", dir.toString(), "--threads", "1");

        assertEquals(ExitCodes.OK, exit);
        assertTrue(out.toString().startsWith("Generated 6 plans (seed 3)"), out.toString());
        CorpusTruth written = CorpusTruth.read(dir);
        assertTrue(out.toString().contains(String.format("tasks naming another region: %,d, in %,d plans", written.mentions(),
                written.entries().stream().filter(e -> e.mentions() > 0).count())), out.toString());
        assertEquals(written.entries().stream().filter(e -> e.mentions() > 0).count(), written.mentioningPlans());
        assertEquals(6, CorpusFiles.list(dir).size());
        CorpusTruth truth = CorpusTruth.read(dir);
        assertEquals(3, truth.seed());
        assertArrayEquals(new CorpusGenerator(3).plan(4).bytes(), Files.readAllBytes(dir.resolve(truth.entries().get(4).file())));
    }

    @Test
    void givenNoDocs_whenGenCorpusRuns_thenItIsAUsageError(@TempDir Path dir) {
        CommandLine cli = HpkgCommand.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(ExitCodes.USAGE, cli.execute("gen-corpus", "--out", dir.toString()));
    }
}
