package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hpkg.cli.EvalFixture.eval;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hpkg eval}'s refusals, before anything is rebuilt (the evaluations themselves, with the gold as is
 * and with a gold the document disagrees with: {@link EvalCommandIT}).
 */
class EvalCommandTest {

    @TempDir
    static Path dir;
    static EvalFixture fixture;

    @BeforeAll
    static void givenOneDocumentAndItsGold() throws Exception {
        fixture = EvalFixture.write(dir);
    }

    @Test
    void whenGoldFolderIsMissing_thenTheMessageNamesIt() {
        EvalFixture.Run run = eval("--gold", dir.resolve("none").toString(), "--corpus", fixture.corpus().toString());
        assertEquals(ExitCodes.FAILED, run.exit());
        assertTrue(run.err().contains("gold folder not found"), run.err());
    }

    @Test
    void whenFormatIsUnknown_thenItFails() {
        EvalFixture.Run run = eval("--gold", fixture.gold().toString(), "--corpus", fixture.corpus().toString(),
                "--format", "xml");
        assertEquals(ExitCodes.FAILED, run.exit());
        assertTrue(run.err().contains("unknown format"), run.err());
    }
}
