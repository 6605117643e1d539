package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hpkg.library.AnalystCorpus;
import picocli.CommandLine;

/**
 * The subcommands as a user runs them: exit codes, messages and output, on the seed corpus's store
 * ({@code hpkg rebuild} and {@code hpkg export} of the whole store: {@link CliRebuildIT}).
 */
class CliTest {

    @TempDir
    static Path tmp;

    static Path store;

    record Run(int code, String out, String err) {}

    static Run hpkg(String... args) {
        CommandLine cli = HpkgCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void theCorpusStore() {
        // the seed corpus's store, built once per JVM; 'hpkg rebuild' itself is run in CliRebuildIT
        store = AnalystCorpus.store();
    }

    @Test
    void statsCountWhatTheGraphHolds() {
        Run run = hpkg("stats", "--store", store.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*documents\\s+5\\n.*tasks\\s+154\\n.*"), run.out());
    }

    @Test
    void badInputGivesAMessageAndAnExitCode() {
        Run badQuery = hpkg("query", "--store", store.toString(), "-e", "SELECT * WHERE { ?s ?p }");
        assertEquals(ExitCodes.FAILED, badQuery.code());
        assertTrue(badQuery.err().contains("bad SPARQL"), badQuery.err());
        Run noStore = hpkg("stats", "--store", tmp.resolve("nothing").toString());
        assertEquals(ExitCodes.FAILED, noStore.code());
        assertTrue(noStore.err().contains("run 'hpkg rebuild' first"), noStore.err());
        Run badFormat = hpkg("export", "--store", store.toString(), "--format", "xls");
        assertEquals(ExitCodes.USAGE, badFormat.code());
        assertTrue(badFormat.err().contains("ttl"), badFormat.err());
        Run noCorpus = hpkg("rebuild", "--store", tmp.resolve("s2").toString(), "--corpus", "no/such/dir", "--no-progress");
        assertEquals(ExitCodes.FAILED, noCorpus.code());
        assertTrue(noCorpus.err().contains("corpus folder not found"), noCorpus.err());
    }

    @Test
    void helpAndVersion() {
        for (String cmd : new String[] {"rebuild", "query", "export", "stats"}) {
            Run help = hpkg(cmd, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("--store"), cmd + ": " + help.out());
        }
        Run version = hpkg("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("hpkg "), version.out());
    }

    @Test
    void queryParametersStayLiterals() throws Exception {
        Path q = Path.of("queries/tasks-due-before.rq");
        Run all = hpkg("query", "--store", store.toString(), q.toString(), "--format", "csv", "--param", "before=2021-01-01");
        assertEquals(0, all.code(), all.err());
        long goldDue = Files.readAllLines(Path.of("data/gold/tasks.tsv")).stream().skip(1)
                .map(l -> l.split("\t", -1)[6]).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}") && d.compareTo("2021-01-01") < 0)
                .count();
        assertEquals(42, goldDue, "the gold's tasks due before 2021 (all in 002, due 2019-11-30 or 2020-11-30)");
        assertEquals(1 + goldDue, all.out().split("\r?\n").length, all.out());
        assertTrue(all.out().contains("002_586d2fdbfe293bd4.txt,45,深化拓展京宁、闽宁、沪宁等医疗卫生合作,2019-11-30"), all.out());
        Run injected = hpkg("query", "--store", store.toString(), q.toString(), "--format", "csv",
                "--param", "before=\"} ; DROP ALL ; {");
        assertEquals(0, injected.code(), injected.err());
        assertEquals("file,task,label,due", injected.out().strip());
        Run unknown = hpkg("query", "--store", store.toString(), q.toString(), "--param", "since=2020-01-01");
        assertEquals(ExitCodes.FAILED, unknown.code());
        assertTrue(unknown.err().contains("no parameter 'since'; its parameters are before, after"), unknown.err());
        assertTrue(Files.exists(store.resolve("CURRENT")));
    }
}
