package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rebuild.ExtractJob;
import org.w3id.hpkg.rebuild.FileOutcome;
import org.w3id.hpkg.rebuild.RebuildOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code hpkg extract}: the graph as N-Quads files for another store's bulk loader, in shards if asked. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Write the graph a rebuild would load as N-Quads files, for a store's own bulk loader "
                + "(e.g. Jena's tdb2.tdbloader) instead of hpkg's store.",
                "With --shard K/N only the K-th of N slices of the corpus is extracted (into part-K-of-N.nq, with its "
                        + "summaries), so that a scheduler can run the shards on separate machines; --finish then "
                        + "writes shared.nq (ontology, gazetteer, statistics, links) from the summaries of all N parts. "
                        + "Without either, both are done."})
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
    Path out;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "data/corpus",
            description = "Folder of plan files (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = HP.DEFAULT_BASE,
            description = "Base of instance IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    Integer threads;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "10",
            description = "Skip text files larger than this, PDF, Word and web-page files larger than five times this (default: ${DEFAULT-VALUE} MB).")
    double maxFileMb;

    @Option(names = "--ocr", description = {"Recognize the text of scanned PDFs (no text layer) with Tesseract, as"
            + " hpkg rebuild --ocr does."})
    boolean ocr;

    @Option(names = "--file-seconds", paramLabel = "S", defaultValue = "120",
            description = "Skip a PDF, Word or web-page file whose reading takes longer than this (default: ${DEFAULT-VALUE} s).")
    int fileSeconds;

    @ArgGroup(exclusive = true)
    Step step;

    /** One step of a sharded extraction, or (neither) the whole of it. */
    static final class Step {
        @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
                description = "Extract only the K-th of N slices of the corpus (1 <= K <= N).")
        ExtractJob.Shard shard;

        @Option(names = "--finish", description = "Write shared.nq from the parts already in --out.")
        boolean finish;
    }

    /** "K/N" on the command line; a wrong one is a usage error. */
    static final class ShardConverter implements ITypeConverter<ExtractJob.Shard> {
        @Override
        public ExtractJob.Shard convert(String value) {
            try {
                return ExtractJob.Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        RebuildOptions.Builder options = RebuildOptions.builder().corpus(corpus).base(base)
                .maxFileBytes((long) (maxFileMb * 1_000_000)).ocr(ocr)
                .fileTimeLimit(java.time.Duration.ofSeconds(Math.max(1, fileSeconds)));
        if (threads != null) {
            options.threads(threads);
        }
        ExtractJob job = new ExtractJob(options.build(), out, System.err);
        PrintWriter printed = spec.commandLine().getOut();
        boolean valid = true;
        if (step == null || !step.finish) {
            ExtractJob.Shard shard = step == null ? new ExtractJob.Shard(1, 1) : step.shard;
            valid = print(printed, "Extracted shard " + shard.index() + "/" + shard.count() + " of " + corpus,
                    job.extract(shard));
        }
        if (valid && (step == null || step.finish)) {
            valid = print(printed, "Wrote the graphs of the whole corpus", job.finish());
        }
        if (!valid) {
            spec.commandLine().getErr().println("hpkg extract: the graph violates the shapes; nothing was written to load");
            return ExitCodes.INVALID_GRAPH;
        }
        return ExitCodes.OK;
    }

    private static boolean print(PrintWriter out, String title, ExtractJob.Outcome outcome) {
        out.printf("%s: %,d quads%n", title, outcome.quads());
        if (!outcome.files().isEmpty()) {
            out.printf("  documents: %d loaded, %d degraded, %d skipped%n",
                    outcome.files().stream().filter(f -> f.status() == FileOutcome.Status.LOADED).count(),
                    outcome.files().stream().filter(f -> f.status() == FileOutcome.Status.DEGRADED).count(),
                    outcome.files().stream().filter(f -> f.status() == FileOutcome.Status.SKIPPED).count());
        }
        for (FileOutcome f : outcome.files()) {
            if (f.status() != FileOutcome.Status.LOADED) {
                out.printf("  %s %s: %s%n", f.status().name().toLowerCase(), f.fileName(), f.detail());
            }
        }
        outcome.violations().forEach(v -> out.println("  violation " + v));
        outcome.written().forEach(p -> out.println("  wrote " + p));
        out.flush();
        return outcome.violations().isEmpty();
    }
}
