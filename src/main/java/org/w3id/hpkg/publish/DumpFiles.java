package org.w3id.hpkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.GZIPOutputStream;
import org.w3id.hpkg.export.ExportFormat;
import org.apache.commons.io.FileUtils;

/**
 * The dumps of one version of the graph, written once into a temporary folder, each also gzipped: so a
 * dump is sent with its {@code Content-Length}, compressed for clients that accept gzip, and the dataset
 * description can state its byte size. A new version (a rebuild, an update) replaces them on first use.
 */
final class DumpFiles implements AutoCloseable {

    /** A dump as written and gzipped. */
    record Dump(Path plain, Path gzip) {
        long size() {
            try {
                return Files.size(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path dir;
    private final Map<ExportFormat, Dump> dumps = new EnumMap<>(ExportFormat.class);
    private String version;

    DumpFiles() {
        try {
            dir = Files.createTempDirectory("hpkg-dumps");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the dumps", e);
        }
    }

    /** The dump in {@code format} of {@code version}, written by {@code writer} when not yet on disk. */
    synchronized Dump get(ExportFormat format, String version, BiConsumer<ExportFormat, OutputStream> writer) {
        if (!version.equals(this.version)) {
            clear();
            this.version = version;
        }
        Dump dump = dumps.get(format);
        if (dump == null) {
            dump = write(format, writer);
            dumps.put(format, dump);
        }
        return dump;
    }

    private Dump write(ExportFormat format, BiConsumer<ExportFormat, OutputStream> writer) {
        Path plain = dir.resolve("hpkg." + format.extension());
        Path gzip = dir.resolve("hpkg." + format.extension() + ".gz");
        try {
            try (OutputStream out = Files.newOutputStream(plain)) {
                writer.accept(format, out);
            }
            try (InputStream in = Files.newInputStream(plain);
                    OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip), 1 << 16)) {
                in.transferTo(out);
            }
            return new Dump(plain, gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format.extension() + " dump", e);
        }
    }

    private void clear() {
        for (Dump d : dumps.values()) {
            try {
                Files.deleteIfExists(d.plain());
                Files.deleteIfExists(d.gzip());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        dumps.clear();
    }

    @Override
    public synchronized void close() {
        dumps.clear();
        try {
            FileUtils.deleteDirectory(dir.toFile());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(DumpFiles.class).warn("could not delete {}: {}", dir, e.toString());
        }
    }
}
