package org.w3id.hpkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.hpkg.library.QueryLibrary;
import org.w3id.hpkg.report.Report;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpkg report}: one self-contained HTML file of charts and tables, each from a library query. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a self-contained HTML report (charts as inline SVG, no network needed to open it).",
                "Every chart and table names the library query it comes from."})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
            description = "Output file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Only plans of this region or of regions inside it, e.g. 湖北省.")
    String region;

    @Override
    public Integer call() throws Exception {
        Report report = Report.builder().library(QueryLibrary.standard())
                .dataset(GraphStore.openCurrent(store.store())).region(region).build();
        report.write(out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Wrote %s: %d charts, %d tables%s%n", out, report.charts(), report.tables(),
                region == null ? "" : " for " + region);
        console.flush();
        return ExitCodes.OK;
    }
}
