package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.hpkg.store.GraphStatistics;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hpkg stats}: how much the graph holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count documents, tasks, targets, bodies, regions and triples in the store.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, Long> counts = new GraphStatistics(GraphStore.openCurrent(store.store())).counts();
        PrintWriter out = spec.commandLine().getOut();
        counts.forEach((name, n) -> out.printf("%-14s %,10d%n", name, n));
        out.flush();
        return ExitCodes.OK;
    }
}
