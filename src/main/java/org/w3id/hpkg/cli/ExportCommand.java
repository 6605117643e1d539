package org.w3id.hpkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.hpkg.store.ExportFormat;
import org.w3id.hpkg.store.Exporter;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hpkg export}: the whole graph in a standard RDF serialization. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as ttl, trig, nt, nq, jsonld or rdfxml (quad formats keep the named graphs).")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nq",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = format;
        Exporter exporter = new Exporter(GraphStore.openCurrent(store.store()));
        if (out == null) {
            OutputStream stdout = CommandOutput.stream(spec);
            exporter.export(fmt, stdout);
            stdout.flush();
        } else {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
                exporter.export(fmt, file);
            }
        }
        return ExitCodes.OK;
    }
}
