package org.w3id.hpkg.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.w3id.hpkg.extract.ExtractedDocument;
import org.w3id.hpkg.load.DocumentFormat;
import org.w3id.hpkg.load.SourceList;
import org.w3id.hpkg.normalize.QualityNote;
import org.w3id.hpkg.normalize.UnreadableInputException;
import org.w3id.hpkg.rdf.DocumentMapper;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rdf.PlanTargets;
import org.w3id.hpkg.rdf.TargetFact;
import org.w3id.hpkg.rebuild.manifest.CodeFingerprint;
import org.w3id.hpkg.rebuild.manifest.FileStamp;
import org.w3id.hpkg.validate.ShapesValidator;

/**
 * One corpus file through normalize → parse → extract → rdf, its graph validated against the shapes.
 * Thread-safe: the stages' tables are read-only, so one worker serves every thread.
 */
final class DocumentWorker {

    /** How many times --max-file-mb a converted file may be. */
    private static final long CONVERTED_SIZE_FACTOR = 5;

    private final DocumentPipeline pipeline;
    private final DocumentMapper mapper;
    private final IriMinter iris;
    private final ShapesValidator validator;
    private final long maxFileBytes;
    private final RebuildOptions.OnInvalid onInvalid;
    private final SourceList sources;
    private final Consumer<DocumentGraph> tamper;

    /** {@code tamper} may damage each graph before it is validated (for tests; else does nothing). */
    DocumentWorker(DocumentPipeline pipeline, IriMinter iris, ShapesValidator validator, RebuildOptions options,
            SourceList sources, Consumer<DocumentGraph> tamper) {
        this.pipeline = pipeline;
        this.mapper = new DocumentMapper(iris);
        this.iris = iris;
        this.validator = validator;
        this.maxFileBytes = options.maxFileBytes();
        this.onInvalid = options.onInvalid();
        this.sources = sources;
        this.tamper = tamper;
    }

    ProcessedFile process(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        // a PDF or Word file carries fonts and images besides its text: it may be larger than a text file
        long limit = DocumentFormat.of(name).converted() ? maxFileBytes * CONVERTED_SIZE_FACTOR : maxFileBytes;
        if (size > limit) {
            return ProcessedFile.skipped(FileOutcome.skipped(name, String.format(
                    "the file is %.1f MB, more than the %.1f MB a plan can be (--max-file-mb)",
                    size / 1e6, limit / 1e6)));
        }
        String stamp = FileStamp.of(file);
        byte[] bytes = Files.readAllBytes(file);
        ExtractedDocument doc;
        DocumentGraph graph = new DocumentGraph(iris.graph(DocumentMapper.key(name)));
        try {
            doc = pipeline.process(name, bytes, sources.of(name));
            mapper.map(doc, graph);
        } catch (UnreadableInputException e) {
            return ProcessedFile.skipped(FileOutcome.skipped(name, e.getMessage()));
        } catch (RuntimeException e) {
            // A defect must not cost the operator the other documents; it is reported, never hidden.
            return ProcessedFile.skipped(FileOutcome.skipped(name, "internal error while reading it: " + e));
        }
        tamper.accept(graph);
        List<String> violations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ShapesValidator.Violation v : validator.validate(graph.asGraph())) {
            (v.blocking() ? violations : warnings).add(v.toString());
        }
        if (!violations.isEmpty() && onInvalid == RebuildOptions.OnInvalid.QUARANTINE) {
            // one odd file must not stop the graph: it is left out, and says why
            return ProcessedFile.skipped(FileOutcome.quarantined(name, String.join("\n", violations)));
        }
        violations.replaceAll(v -> name + ": " + v);
        return new ProcessedFile(outcome(name, doc, warnings), graph, violations, CodeFingerprint.sha256(bytes), stamp,
                PlanTargets.of(TargetFact.read(graph.asGraph())));
    }

    /** Loaded, or degraded with what was wrong: warnings, no tasks, damaged spots, values not understood. */
    private static FileOutcome outcome(String name, ExtractedDocument doc, List<String> warnings) {
        int targets = (int) doc.targetCount();
        List<String> problems = new ArrayList<>(warnings);
        if (doc.tasks().isEmpty()) {
            problems.add("no numbered tasks found");
        }
        long damaged = doc.notes().stream().filter(n -> n.kind() == QualityNote.Kind.DAMAGED_CHARACTER).count();
        if (damaged > 0) {
            problems.add(damaged + " damaged spot(s)");
        }
        long unparsed = doc.notes().stream().filter(n -> n.kind() == QualityNote.Kind.UNPARSED_VALUE).count();
        if (unparsed > 0) {
            problems.add(unparsed + " value(s) not understood");
        }
        FileOutcome.Status status = problems.isEmpty() ? FileOutcome.Status.LOADED : FileOutcome.Status.DEGRADED;
        return new FileOutcome(name, status, String.join("; ", problems), doc.tasks().size(), targets);
    }
}
