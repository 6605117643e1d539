package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.export.ExportFormat;
import org.w3id.hpkg.export.Exporter;

/**
 * What the linked-data servlets share: the dataset, the options, where the server is reached (known once
 * it listens), the version of the graph answered from (for caching), its dumps and its description,
 * each made once per version.
 */
final class Site implements AutoCloseable {

    private final Dataset dataset;
    private final ServeOptions options;
    private final ResourceDescriber describer;
    private final DumpFiles dumps = new DumpFiles();
    private volatile IriPaths paths;
    private volatile DataVersion version;
    private volatile VoidCache voidCache;

    private record VoidCache(String version, Graph graph) {}

    Site(Dataset dataset, ServeOptions options) {
        this.dataset = dataset;
        this.options = options;
        this.describer = new ResourceDescriber(dataset, options.incomingPageSize());
    }

    void listeningOn(int port) {
        this.paths = new IriPaths(options.base(), options.rootFor(port));
        this.version = new DataVersion(dataset, options.base(), paths.root(), options.allowUpdate());
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

    DataVersion version() {
        return version;
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

    /** Sets the caching headers of one variant; true when 304 has been sent. */
    boolean notModified(HttpServletRequest req, HttpServletResponse resp, String variant) {
        return Caching.notModified(req, resp, version.current(), variant, options.allowUpdate());
    }

    VoidDescription voidDescription(Map<ExportFormat, Long> sizes) {
        return new VoidDescription(options.base(), root(), sparqlEndpoint(), sizes);
    }

    /** The description with the byte sizes of the dumps this server offers, made once per version. */
    Graph voidGraph() {
        DataVersion.Tag tag = version.current();
        VoidCache cached = voidCache;
        if (cached != null && cached.version().equals(tag.value())) {
            return cached.graph();
        }
        synchronized (this) {
            if (voidCache != null && voidCache.version().equals(tag.value())) {
                return voidCache.graph();
            }
            Map<ExportFormat, Long> sizes = new EnumMap<>(ExportFormat.class);
            for (ExportFormat format : ExportFormat.values()) {
                sizes.put(format, dump(format, tag.value()).size());
            }
            Graph g = voidDescription(sizes).served(tag.since(), tag.value()).describe(dataset);
            voidCache = new VoidCache(tag.value(), g);
            return g;
        }
    }

    /** The dump in {@code format} of the given version: the whole store, as {@code hpkg export} writes it. */
    DumpFiles.Dump dump(ExportFormat format, String versionTag) {
        return dumps.get(format, versionTag, this::writeDump);
    }

    private void writeDump(ExportFormat format, OutputStream out) {
        new Exporter(dataset).export(format, out);
    }

    @Override
    public void close() {
        dumps.close();
    }
}
