package org.w3id.hpkg.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Conversions kept with the store, one file per content hash, so that a rebuild converts only new or
 * changed files (reading a PDF costs seconds; reading its conversion, milliseconds). The file holds a
 * few {@code key<TAB>value} lines, then a line {@code text}, then the text as loaded. A cache file that
 * cannot be read is converted again; one is written to a temporary name and moved into place, so that
 * concurrent workers and a crash leave either a whole entry or none.
 */
public final class ConversionCache {

    /** Bump when the loader's output changes, so that old conversions are not reused. */
    static final String VERSION = "hpkg-conversion 1";
    private static final String TEXT = "text";
    /** The line between the header and the text; header lines all hold a tab, so the first one is this. */
    private static final String TEXT_LINE = "\n" + TEXT + "\n";
    /**
     * The header's {@code key<TAB>value} lines: never quoted or escaped (values are made one line), so that
     * the bytes are those conversions have been stored in since version 1, and stores keep their caches.
     */
    private static final CSVFormat HEADER = CSVFormat.TDF.builder().setRecordSeparator('\n').setQuote(null)
            .setIgnoreSurroundingSpaces(false).setTrim(false).setIgnoreEmptyLines(false).get();

    private final Path dir;

    public ConversionCache(Path dir) {
        this.dir = dir;
    }

    /** The cached conversion of content {@code sha256} read with {@code options}, or null. */
    public LoadedDocument get(String sha256, LoadOptions options) {
        Path file = file(sha256, options);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return decode(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null; // converted again and rewritten
        }
    }

    public void put(String sha256, LoadOptions options, LoadedDocument doc) throws IOException {
        Files.createDirectories(dir);
        Path file = file(sha256, options);
        Path tmp = Files.createTempFile(dir, sha256, ".tmp");
        try {
            Files.writeString(tmp, encode(doc), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Path file(String sha256, LoadOptions options) {
        return dir.resolve(sha256 + (options.ocr() ? "-ocr" : "") + ".txt");
    }

    static String encode(LoadedDocument doc) {
        StringBuilder out = new StringBuilder(doc.text().length() + 256);
        out.append(VERSION).append('\n');
        try (CSVPrinter header = new CSVPrinter(out, HEADER)) {
            header.printRecord("format", doc.format().name());
            header.printRecord("pages", doc.pages());
            header.printRecord("recognized", doc.recognized());
            for (Map.Entry<Origin.Field, String> m : doc.metadata().entrySet()) {
                header.printRecord("meta", m.getKey().name(), oneLine(m.getValue()));
            }
            for (LoadedDocument.Heading h : doc.headings()) {
                header.printRecord("heading", h.level(), oneLine(h.text()));
            }
            header.printRecord(TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.append(doc.text()).toString();
    }

    static LoadedDocument decode(String stored) throws IOException {
        int text = stored.indexOf(TEXT_LINE);
        if (!stored.startsWith(VERSION + "\n") || text < 0) {
            throw new IOException("not a whole conversion of this version");
        }
        Header header = new Header();
        try (CSVParser lines = HEADER.parse(new StringReader(stored.substring(VERSION.length() + 1, text + 1)))) {
            for (CSVRecord line : lines) {
                header.add(line);
            }
        }
        return header.document(stored.substring(text + TEXT_LINE.length()));
    }

    /** What the lines above the text say about it. */
    private static final class Header {
        private DocumentFormat format;
        private int pages;
        private boolean recognized;
        private final Map<Origin.Field, String> meta = new EnumMap<>(Origin.Field.class);
        private final List<LoadedDocument.Heading> headings = new ArrayList<>();

        void add(CSVRecord line) throws IOException {
            switch (line.get(0)) {
                case "format" -> format = DocumentFormat.valueOf(line.get(1));
                case "pages" -> pages = Integer.parseInt(line.get(1));
                case "recognized" -> recognized = Boolean.parseBoolean(line.get(1));
                case "meta" -> meta.put(Origin.Field.valueOf(line.get(1)), line.get(2));
                case "heading" -> headings.add(new LoadedDocument.Heading(Integer.parseInt(line.get(1)), line.get(2)));
                default -> throw new IOException("unknown line " + line.get(0));
            }
        }

        LoadedDocument document(String text) {
            return new LoadedDocument(format, text, headings, meta, recognized, pages);
        }
    }

    /** Header values are kept to one line: the format neither quotes nor escapes them. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\t\\r\\n\\f]+", " ");
    }
}
