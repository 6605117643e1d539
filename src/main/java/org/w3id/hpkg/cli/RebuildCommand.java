package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rebuild.FileOutcome;
import org.w3id.hpkg.rebuild.RebuildJob;
import org.w3id.hpkg.rebuild.RebuildOptions;
import org.w3id.hpkg.rebuild.RebuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpkg rebuild}: the whole graph from a corpus folder into a new database, then switch. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = {"Rebuild the graph from a corpus folder into the store (switched only when complete and valid).",
                "Incremental by default: only files added, changed or removed since the last rebuild are extracted again, "
                        + "and their graphs replaced in one transaction; --full extracts everything into a new database."})
public final class RebuildCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Folder of plan files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = HP.DEFAULT_BASE,
            description = "Base of instance IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--strict", description = {"Exit with code 5 when any file was skipped or quarantined;"
            + " a document that violates the shapes then fails the rebuild (--on-invalid=fail)."})
    boolean strict;

    @Option(names = "--on-invalid", paramLabel = "ACTION",
            description = {"What a document whose graph violates the shapes does: quarantine (left out, reported with"
                    + " its violations and listed by queries/quarantined-files.rq; the default) or fail (the store"
                    + " keeps its previous graph). Shape warnings never block."})
    RebuildOptions.OnInvalid onInvalid;

    @Option(names = "--no-progress", negatable = false, description = "Do not draw the progress bar.")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "10",
            description = "Skip text files larger than this, PDF, Word and web-page files larger than five times this (default: ${DEFAULT-VALUE} MB).")
    double maxFileMb;

    @Option(names = "--ocr", description = {"Recognize the text of scanned PDFs (no text layer) with Tesseract;"
            + " needs Debian's tesseract-ocr and tesseract-ocr-chi-sim. Recognized documents are marked as such."})
    boolean ocr;

    @Option(names = "--file-seconds", paramLabel = "S", defaultValue = "120",
            description = "Skip a PDF, Word or web-page file whose reading takes longer than this (default: ${DEFAULT-VALUE} s).")
    int fileSeconds;

    @Option(names = "--full", description = "Extract every file into a new database, even if an incremental update is possible.")
    boolean full;

    @Override
    public Integer call() throws Exception {
        RebuildOptions.Builder options = RebuildOptions.builder().corpus(corpus).store(store.store()).base(base)
                .strict(strict).full(full).onInvalid(onInvalid != null ? onInvalid
                        : strict ? RebuildOptions.OnInvalid.FAIL : RebuildOptions.OnInvalid.QUARANTINE).progress(!noProgress && System.console() != null)
                .maxFileBytes((long) (maxFileMb * 1_000_000)).ocr(ocr)
                .fileTimeLimit(java.time.Duration.ofSeconds(Math.max(1, fileSeconds)));
        if (threads != null) {
            options.threads(threads);
        }
        PrintWriter out = spec.commandLine().getOut();
        RebuildResult result = new RebuildJob(options.build(), System.err).run();
        printSummary(out, result);
        if (!result.switched()) {
            spec.commandLine().getErr().println("hpkg rebuild: the new graph violates the shapes; the store still holds the previous graph");
            return ExitCodes.INVALID_GRAPH;
        }
        boolean leftOut = result.count(FileOutcome.Status.SKIPPED) + result.count(FileOutcome.Status.QUARANTINED) > 0;
        return strict && leftOut ? ExitCodes.FILES_SKIPPED : ExitCodes.OK;
    }

    private static void printPhases(PrintWriter out, RebuildResult r) {
        String phases = r.phases().toString();
        if (!phases.isEmpty()) {
            out.println("  time: " + phases);
        }
    }

    private void printSummary(PrintWriter out, RebuildResult r) {
        if (r.mode() == RebuildResult.Mode.INCREMENTAL) {
            out.printf("Updated %s from %s in %.1f s (incremental)%n", store.store(), corpus, r.millis() / 1000.0);
            out.printf("  documents extracted again: %d loaded, %d degraded, %d quarantined, %d skipped; removed: %d;"
                    + " unchanged: %d%n", r.count(FileOutcome.Status.LOADED), r.count(FileOutcome.Status.DEGRADED),
                    r.count(FileOutcome.Status.QUARANTINED), r.count(FileOutcome.Status.SKIPPED), r.removed(),
                    r.unchanged());
            out.printf("  tasks: %d   targets: %d   quads written: %d%n", r.tasks(), r.targets(), r.quads());
            printPhases(out, r);
        } else {
            out.printf("Rebuilt %s from %s in %.1f s%s%n", store.store(), corpus, r.millis() / 1000.0,
                    full || r.note() == null ? "" : " (full: " + r.note() + ")");
            out.printf("  documents: %d loaded, %d degraded, %d quarantined, %d skipped%n",
                    r.count(FileOutcome.Status.LOADED), r.count(FileOutcome.Status.DEGRADED),
                    r.count(FileOutcome.Status.QUARANTINED), r.count(FileOutcome.Status.SKIPPED));
            out.printf("  tasks: %d   targets: %d   quads: %d%n", r.tasks(), r.targets(), r.quads());
            printPhases(out, r);
        }
        for (FileOutcome f : r.files()) {
            if (f.status() != FileOutcome.Status.LOADED) {
                out.printf("  %s %s: %s%n", f.status().name().toLowerCase(java.util.Locale.ROOT), f.fileName(),
                        f.detail().replace("\n", System.lineSeparator() + "    "));
            }
        }
        for (String v : r.violations()) {
            out.println("  violation " + v);
        }
        out.flush();
    }
}
