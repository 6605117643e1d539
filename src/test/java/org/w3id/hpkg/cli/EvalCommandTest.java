package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hpkg eval} on a one-document corpus, with the document's gold as is and with a gold it disagrees with. */
class EvalCommandTest {

    private static final String DOC = "004_202b33ede5430d66.txt";

    @TempDir
    static Path dir;
    static Path corpus;
    static Path gold;
    static Path wrongGold;

    @BeforeAll
    static void givenOneDocumentAndItsGold() throws Exception {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("data/corpus", DOC), corpus.resolve(DOC));
        gold = Files.createDirectories(dir.resolve("gold"));
        wrongGold = Files.createDirectories(dir.resolve("wrong-gold"));
        for (String name : List.of("tasks.tsv", "targets.tsv")) {
            List<String> lines = Files.readAllLines(Path.of("data/gold", name), StandardCharsets.UTF_8);
            List<String> mine = lines.stream().filter(l -> l.startsWith("doc\t") || l.startsWith(DOC)).toList();
            Files.write(gold.resolve(name), mine, StandardCharsets.UTF_8);
            // the wrong gold expects every target at a different value
            List<String> wrong = mine.stream().map(l -> name.equals("targets.tsv") && !l.startsWith("doc\t")
                    ? l.replaceFirst("\t(Exactly|AtLeast|Between)\t(\\d+)\t", "\t$1\t9$2\t") : l).toList();
            Files.write(wrongGold.resolve(name), wrong, StandardCharsets.UTF_8);
        }
    }

    private record Run(int exit, String out, String err) {}

    private static Run eval(String... args) {
        CommandLine cli = HpkgCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cli.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void whenGoldAgrees_thenCheckPassesAndJsonReportsPerfectScores() {
        Run run = eval("--gold", gold.toString(), "--corpus", corpus.toString(), "--format", "json", "--check");
        assertEquals(ExitCodes.OK, run.exit(), run.err());
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(run.out()))) {
            json = reader.readObject();
        }
        assertEquals(DOC, json.getJsonArray("documents").getJsonObject(0).getString("document"), run.out());
        JsonObject total = json.getJsonObject("total");
        assertEquals(new BigDecimal("1.0000"), total.getJsonObject("targets").getJsonNumber("f1").bigDecimalValue());
        assertTrue(total.getJsonObject("tasks").getBoolean("allExact"), run.out());
        assertTrue(json.getJsonArray("mismatches").isEmpty(), run.out());
        assertTrue(run.out().contains("\"f1\": 1.0000"), "ratios keep four decimals: " + run.out());
    }

    @Test
    void whenGoldDisagrees_thenCheckFailsWithExitCode6AndDetailsListMisses() {
        Run run = eval("--gold", wrongGold.toString(), "--corpus", corpus.toString(), "--details", "--check");
        assertEquals(ExitCodes.BELOW_THRESHOLD, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("target F1"), run.err());
        assertTrue(run.out().contains("missed target"), run.out());
        assertTrue(run.out().contains("spurious target"), run.out());
    }

    @Test
    void whenGoldFolderIsMissing_thenTheMessageNamesIt() {
        Run run = eval("--gold", dir.resolve("none").toString(), "--corpus", corpus.toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertTrue(run.err().contains("gold folder not found"), run.err());
    }

    @Test
    void whenFormatIsUnknown_thenItFails() {
        Run run = eval("--gold", gold.toString(), "--corpus", corpus.toString(), "--format", "xml");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertTrue(run.err().contains("unknown format"), run.err());
    }
}
