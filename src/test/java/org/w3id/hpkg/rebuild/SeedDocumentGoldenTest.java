package org.w3id.hpkg.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.hpkg.extract.Deadline;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.extract.ExtractedTask;
import org.w3id.hpkg.extract.region.Gazetteer;
import org.w3id.hpkg.extract.Target;

/**
 * Each seed document end to end through normalize, parse and extract, compared with a golden file in
 * src/test/resources/golden/. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=SeedDocumentGoldenTest -Dhpkg.updateGolden=true} and review the diff.
 */
class SeedDocumentGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(new Gazetteer());

    static Stream<Path> seeds() throws Exception {
        return CorpusFiles.list(Path.of("data/corpus")).stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void matchesGolden(Path file) throws Exception {
        ExtractedDocument doc = PIPELINE.process(file.getFileName().toString(), Files.readAllBytes(file));
        String actual = render(doc);
        Path golden = GOLDEN.resolve(file.getFileName().toString().replace(".txt", ".tsv"));
        if (Boolean.getBoolean("hpkg.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    static String render(ExtractedDocument doc) {
        List<String> lines = new ArrayList<>();
        var h = doc.parsed().header();
        lines.add(String.join("\t", "document", str(h.issuer()), str(h.documentNumber()), str(h.title()),
                str(h.issued()), str(h.planYear()), doc.jurisdiction() == null ? "" : doc.jurisdiction().code()));
        doc.notes().forEach(n -> lines.add("note\t" + n.kind() + "\t" + n.offset() + "\t" + n.detail()));
        for (ExtractedTask t : doc.tasks()) {
            lines.add(String.join("\t", "task", Integer.toString(t.task().ordinal()), t.task().number(), t.task().label(),
                    String.join("|", t.leaders()), String.join("|", t.leadBodies()), String.join("|", t.cooperatingBodies()),
                    due(t.deadline()), String.join("|", t.regions().stream().map(r -> r.code()).toList()),
                    String.join("|", t.programmes())));
            for (Target g : t.targets()) {
                lines.add(String.join("\t", "target", Integer.toString(t.task().ordinal()), g.indicator(),
                        g.comparator().localName(), g.value().toPlainString(), g.max() == null ? "" : g.max().toPlainString(),
                        g.unit(), due(g.deadline())));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String due(Deadline d) {
        return d == null ? "" : d.ongoing() ? "ongoing" : d.due().toString();
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
