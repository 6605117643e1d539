package org.w3id.hpkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;
import org.w3id.hpkg.publish.VoidDescription;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.PublicRoot;
import org.w3id.hpkg.store.GraphNames;
import org.w3id.hpkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hpkg export}: the graph, or one document's graph, in a standard RDF serialization. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph as ttl, trig, nt, nq, jsonld or rdfxml (quad formats keep the named graphs); "
                + "gzipped when the file name ends in .gz.")
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, trig, nt, nq, jsonld or rdfxml (default: from the --out file name, else nq).")
    String format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: standard output); a name ending in .gz is gzip-compressed.")
    Path out;

    @Option(names = "--graph", paramLabel = "DOC",
            description = "Only one document's graph: its file stem (000_2c24e101aae37e8e), file name or graph IRI.")
    String graph;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the instance IRIs; the description and the JSON-LD context are published beside it "
                    + "(default: the base the store was rebuilt with).")
    String base;

    @Option(names = "--no-description", negatable = false,
            description = "Leave out the VoID/DCAT description of the dataset (always left out with --graph).")
    boolean noDescription;

    private ExportFormat formatOption() {
        try {
            return ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        ExportFormat fmt = format != null ? formatOption()
                : out != null ? ExportFormat.forFileName(out.getFileName().toString()).orElse(ExportFormat.NQ)
                : ExportFormat.NQ;
        Dataset dataset = GraphStore.openCurrent(store.store());
        if (base == null) {
            base = GraphNames.storeBase(dataset).orElse(HP.DEFAULT_BASE);
        }
        Exporter exporter = new Exporter(dataset); // JSON-LD with the context inlined: readable offline
        if (graph != null) {
            exporter = exporter.onlyGraph(GraphNames.resolve(dataset, graph));
        } else if (!noDescription) {
            VoidDescription description = new VoidDescription(base, PublicRoot.of(base), null, Map.of());
            exporter = exporter.withDescription(description.documentIri(), description.describe(dataset));
        }
        if (out == null) {
            OutputStream stdout = CommandOutput.stream(spec);
            exporter.export(fmt, stdout);
            stdout.flush();
        } else {
            boolean gzip = out.getFileName().toString().endsWith(".gz");
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                    OutputStream sink = gzip ? new GZIPOutputStream(file, 1 << 16) : file) {
                exporter.export(fmt, sink);
            }
        }
        return ExitCodes.OK;
    }
}
