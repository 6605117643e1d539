package org.w3id.hpkg.rebuild.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint changes with what shapes the graph, and only with that. */
class CodeFingerprintTest {

    @TempDir
    Path classes;

    private void write(String name, String content) throws IOException {
        Path file = classes.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private String givenBuild() throws IOException {
        write("org/w3id/hpkg/extract/TargetExtractor.class", "extract v1");
        write("org/w3id/hpkg/rdf/DocumentMapper.class", "rdf v1");
        write("hpkg/extract/units.tsv", "%\n");
        write("hpkg/ontology/hpkg.ttl", "ontology v1");
        write("org/w3id/hpkg/publish/ResourceServlet.class", "servlet v1");
        write("org/w3id/hpkg/report/Report.class", "report v1");
        write("org/w3id/hpkg/cli/RebuildCommand.class", "cli v1");
        write("hpkg/queries/targets.rq", "SELECT 1");
        return CodeFingerprint.of(classes);
    }

    @Test
    void editingServletsReportCommandsOrQueriesKeepsTheFingerprint() throws IOException {
        String before = givenBuild();
        write("org/w3id/hpkg/publish/ResourceServlet.class", "servlet v2");
        write("org/w3id/hpkg/report/Report.class", "report v2");
        write("org/w3id/hpkg/cli/RebuildCommand.class", "cli v2");
        write("org/w3id/hpkg/publish/NewServlet.class", "new");
        write("hpkg/queries/targets.rq", "SELECT 2");
        assertEquals(before, CodeFingerprint.of(classes));
    }

    @Test
    void editingExtractionMappingTablesOrTheOntologyChangesIt() throws IOException {
        String before = givenBuild();
        for (String[] edit : new String[][] {
                {"org/w3id/hpkg/extract/TargetExtractor.class", "extract v2"},
                {"org/w3id/hpkg/rdf/DocumentMapper.class", "rdf v2"},
                {"hpkg/extract/units.tsv", "%\n‰\n"},
                {"hpkg/ontology/hpkg.ttl", "ontology v2"}}) {
            String previous = CodeFingerprint.of(classes);
            write(edit[0], edit[1]);
            assertNotEquals(previous, CodeFingerprint.of(classes), edit[0]);
        }
        assertNotEquals(before, CodeFingerprint.of(classes));
    }
}
