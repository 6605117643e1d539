package org.w3id.hpkg.rebuild.manifest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The per-file part of a build manifest ({@link BuildManifest}): for each corpus file its name, content
 * hash and {@link FileStamp}, followed by its plan's share of the target statistics ({@link PlanShare}),
 * as tab-separated records, one per line, in a file of the database folder named by the SHA-256 of its
 * bytes. The database records that hash in the same write transaction as the graphs the files became, and
 * a file is only taken when its bytes still hash to it: a manifest file written for an update that was
 * never committed, or damaged since, is never read as the manifest of the graph in place.
 *
 * <p>Why a file and not statements of the manifest graph: an incremental rebuild reads every entry to
 * compare the corpus with it, and as literals in TDB2 each hash, stamp and share is one node-table lookup
 * (1.3 s for the entries of 10,000 files and 1.5 s more for their shares, with the pages cached); here it
 * is one sequential read, and the shares are kept as their lines until a change needs some of them.
 */
public final class ManifestFile {

    public static final String PREFIX = "manifest-";
    public static final String SUFFIX = ".tsv";
    private static final String FILE = "file";
    /**
     * Tab-separated, a tab, line break or backslash in a value escaped with a backslash (never quoted), so
     * that every record is one line and a plan's share can be cut out of the file by lines.
     */
    static final CSVFormat FORMAT = CSVFormat.TDF.builder().setRecordSeparator('\n').setEscape('\\')
            .setQuoteMode(QuoteMode.NONE).setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    private ManifestFile() {}

    /** The manifest file of {@code digest} in database folder {@code db}. */
    public static Path path(Path db, String digest) {
        return db.resolve(PREFIX + digest + SUFFIX);
    }

    /**
     * Writes the entries (in file-name order, so that the same entries always give the same bytes and
     * digest) into {@code db}; returns the digest that names the file.
     */
    static String write(Path db, Collection<BuildManifest.Entry> entries) throws IOException {
        List<BuildManifest.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(BuildManifest.Entry::fileName));
        try (Writer writer = new Writer(db)) {
            for (BuildManifest.Entry e : sorted) {
                writer.add(e);
            }
            return writer.finish();
        }
    }

    /**
     * A manifest file written entry by entry as a full rebuild streams the corpus, so that the entries of a
     * national corpus (tens of megabytes) are never all in memory. Entries must come in file-name order
     * (the corpus order, {@code CorpusFiles}), which makes the bytes those of {@link ManifestFile#write}. The
     * file is written under a temporary name and takes its digest's name when finished; closed unfinished,
     * it is deleted.
     */
    public static final class Writer implements AutoCloseable {

        private final Path dir;
        private final Path partial;
        private final MessageDigest sha256;
        private final CSVPrinter out;
        private String last;
        private boolean finished;

        /** A manifest file for folder {@code dir} (a database's, or an extraction's output). */
        public Writer(Path dir) throws IOException {
            this.dir = dir;
            this.partial = Files.createTempFile(dir, PREFIX, ".partial");
            this.sha256 = CodeFingerprint.sha256();
            OutputStream bytes = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)), sha256);
            this.out = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), FORMAT);
        }

        public void add(BuildManifest.Entry e) throws IOException {
            if (last != null && last.compareTo(e.fileName()) >= 0) {
                throw new IllegalStateException("manifest entries out of file-name order: " + e.fileName() + " after " + last);
            }
            last = e.fileName();
            out.printRecord(FILE, e.fileName(), e.sha256(), e.stamp());
            if (e.share() != null) {
                out.getOut().append(e.share().lines());
            }
        }

        /** Completes the file and names it by its digest; returns the digest. */
        public String finish() throws IOException {
            out.close();
            String digest = HexFormat.of().formatHex(sha256.digest());
            finishAs(path(dir, digest));
            return digest;
        }

        /** Completes the file and gives it the name {@code file} (in the writer's folder). */
        public void finishAs(Path file) throws IOException {
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                out.close();
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * The entries of the manifest file of {@code digest}, by file name; null when there is no such file or
     * its bytes no longer hash to {@code digest}.
     */
    static Map<String, BuildManifest.Entry> read(Path db, String digest) throws IOException {
        Path file = path(db, digest);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        byte[] content = Files.readAllBytes(file);
        if (!CodeFingerprint.sha256(content).equals(digest)) {
            return null;
        }
        return parse(file, new String(content, StandardCharsets.UTF_8));
    }

    /** The entries of a manifest file named as its writer chose ({@link Writer#finishAs}), by file name. */
    public static Map<String, BuildManifest.Entry> read(Path file) throws IOException {
        return parse(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Map<String, BuildManifest.Entry> parse(Path file, String text) throws IOException {
        // The file records are read in one pass of the parser; each share stays the lines that follow them.
        StringBuilder fileRecords = new StringBuilder();
        List<String> shares = new ArrayList<>();
        int line = 0;
        int share = -1;
        for (int start = 0; start < text.length(); line++) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            if (text.startsWith(FILE + "\t", start)) {
                if (share >= 0) {
                    shares.add(text.substring(share, start));
                }
                fileRecords.append(text, start, end);
                share = end;
            } else if (share < 0 || !(text.startsWith(PlanShare.AREA + "\t", start) && share == start
                    || text.startsWith(PlanShare.RANGE + "\t", start) && share < start)) {
                throw new IOException(file + ", line " + (line + 1) + ": not a manifest record");
            }
            start = end;
        }
        if (share >= 0) {
            shares.add(text.substring(share));
        }
        Map<String, BuildManifest.Entry> entries = new HashMap<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(fileRecords.toString()))) {
            int i = 0;
            for (CSVRecord r : parser) {
                if (r.size() != 4) {
                    throw new IOException(file + ": not a file record: " + r.toList());
                }
                String lines = shares.get(i++);
                entries.put(r.get(1), new BuildManifest.Entry(r.get(1), r.get(2), r.get(3),
                        lines.isEmpty() ? null : new PlanShare(lines)));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IOException(file + " is not a manifest: " + e.getMessage(), e);
        }
        return entries;
    }

    /** Deletes the manifest files of {@code db} other than the one of {@code digest} (left by earlier updates). */
    public static void deleteOthers(Path db, String digest) throws IOException {
        Path keep = path(db, digest);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(db, PREFIX + "*")) {
            for (Path f : files) {
                if (!f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
