package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.hpkg.bench.CorpusGenerator;
import org.w3id.hpkg.bench.CorpusTruth;
import org.w3id.hpkg.bench.PlanVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpkg gen-corpus}: a deterministic corpus of realistic generated plans, for benchmarks and tests. */
@Command(name = "gen-corpus", mixinStandardHelpOptions = true,
        description = "Generate a corpus of realistic work plans (same seed, same files) with its ground truth "
                + "in DIR/" + CorpusTruth.FILE_NAME + ".")
public final class GenCorpusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", paramLabel = "N", required = true, description = "Number of plans.")
    int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write into: empty, or holding an earlier generated corpus, which is replaced.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (docs < 1) {
            throw new IllegalArgumentException("--docs must be at least 1");
        }
        long started = System.nanoTime();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        CorpusTruth truth = new CorpusGenerator(seed).write(out, docs, n);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Generated %,d plans (seed %d) in %s in %.1f s%n", docs, seed, out, (System.nanoTime() - started) / 1e9);
        w.printf("  characters: %,d (%,d per plan)   tasks: %,d   targets: %,d%n", truth.chars(),
                truth.chars() / docs, truth.tasks(), truth.targets());
        w.printf("  tasks naming another region: %,d, in %,d plans%n", truth.mentions(), truth.mentioningPlans());
        StringBuilder variants = new StringBuilder();
        for (PlanVariant v : PlanVariant.values()) {
            variants.append(variants.length() == 0 ? "" : ", ").append(v.name().toLowerCase()).append(' ')
                    .append(truth.count(v));
        }
        w.println("  variants: " + variants);
        w.flush();
        return ExitCodes.OK;
    }
}
