package org.w3id.hpkg.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
        out.append("format\t").append(doc.format().name()).append('\n');
        out.append("pages\t").append(doc.pages()).append('\n');
        out.append("recognized\t").append(doc.recognized()).append('\n');
        doc.metadata().forEach((k, v) -> out.append("meta\t").append(k.name()).append('\t').append(oneLine(v)).append('\n'));
        for (LoadedDocument.Heading h : doc.headings()) {
            out.append("heading\t").append(h.level()).append('\t').append(oneLine(h.text())).append('\n');
        }
        out.append("text\n").append(doc.text());
        return out.toString();
    }

    static LoadedDocument decode(String stored) throws IOException {
        BufferedReader in = new BufferedReader(new StringReader(stored));
        if (!VERSION.equals(in.readLine())) {
            throw new IOException("not a conversion of this version");
        }
        DocumentFormat format = null;
        int pages = 0;
        boolean recognized = false;
        Map<Origin.Field, String> meta = new EnumMap<>(Origin.Field.class);
        List<LoadedDocument.Heading> headings = new ArrayList<>();
        int consumed = VERSION.length() + 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            consumed += line.length() + 1;
            if (line.equals("text")) {
                return new LoadedDocument(format, stored.substring(consumed), headings, meta, recognized, pages);
            }
            String[] cells = line.split("\t", 3);
            switch (cells[0]) {
                case "format" -> format = DocumentFormat.valueOf(cells[1]);
                case "pages" -> pages = Integer.parseInt(cells[1]);
                case "recognized" -> recognized = Boolean.parseBoolean(cells[1]);
                case "meta" -> meta.put(Origin.Field.valueOf(cells[1]), cells[2]);
                case "heading" -> headings.add(new LoadedDocument.Heading(Integer.parseInt(cells[1]), cells[2]));
                default -> throw new IOException("unknown line " + cells[0]);
            }
        }
        throw new IOException("no text");
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\t\\r\\n\\f]+", " ");
    }
}
