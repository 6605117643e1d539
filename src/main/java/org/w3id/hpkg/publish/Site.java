package org.w3id.hpkg.publish;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;

/**
 * What the linked-data servlets share: the dataset, the options, where the server is reached (known once
 * it listens) and the dataset description, made once (or per request when updates are allowed, since the
 * counts can then change).
 */
final class Site {

    private final Dataset dataset;
    private final ServeOptions options;
    private final ResourceDescriber describer;
    private volatile IriPaths paths;
    private volatile Graph voidGraph;

    Site(Dataset dataset, ServeOptions options) {
        this.dataset = dataset;
        this.options = options;
        this.describer = new ResourceDescriber(dataset);
    }

    void listeningOn(int port) {
        this.paths = new IriPaths(options.base(), options.rootFor(port));
    }

    Dataset dataset() {
        return dataset;
    }

    ServeOptions options() {
        return options;
    }

    ResourceDescriber describer() {
        return describer;
    }

    IriPaths paths() {
        return paths;
    }

    HtmlRenderer html() {
        return new HtmlRenderer(paths);
    }

    String root() {
        return paths.root();
    }

    String contextIri() {
        return root() + "context.jsonld";
    }

    String sparqlEndpoint() {
        return root() + ServeOptions.DATASET.substring(1);
    }

    VoidDescription voidDescription(Map<ExportFormat, Long> sizes) {
        return new VoidDescription(options.base(), root(), sparqlEndpoint(), sizes);
    }

    /** The description with the byte sizes of the dumps this server offers. */
    Graph voidGraph() {
        Graph g = voidGraph;
        if (g != null && !options.allowUpdate()) {
            return g;
        }
        synchronized (this) {
            if (voidGraph != null && !options.allowUpdate()) {
                return voidGraph;
            }
            Map<ExportFormat, Long> sizes = new EnumMap<>(ExportFormat.class);
            for (ExportFormat format : ExportFormat.values()) {
                CountingStream counter = new CountingStream();
                dump(format, counter);
                sizes.put(format, counter.count);
            }
            voidGraph = voidDescription(sizes).describe(dataset);
            return voidGraph;
        }
    }

    /** The dump in {@code format}: the whole store, as {@code hpkg export} writes it, without the description. */
    void dump(ExportFormat format, OutputStream out) {
        new Exporter(dataset).withContext(contextIri()).export(format, out);
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
