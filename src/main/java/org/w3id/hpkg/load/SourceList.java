package org.w3id.hpkg.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The optional {@code sources.csv} beside the corpus files: where each file came from and what it is,
 * as the analyst who collected it knows (columns {@code file, url, title, issued, issuer}; only
 * {@code file} is required). What it states wins over what the header parser reads.
 */
public final class SourceList {

    public static final String FILE_NAME = "sources.csv";
    private final Map<String, Map<Origin.Field, String>> byFile;

    private SourceList(Map<String, Map<Origin.Field, String>> byFile) {
        this.byFile = byFile;
    }

    public static SourceList empty() {
        return new SourceList(Map.of());
    }

    /** Reads {@code corpus/sources.csv} if there is one. */
    public static SourceList read(Path corpus) throws IOException {
        Path file = corpus.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        Map<String, Map<Origin.Field, String>> byFile = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Integer> header = null;
            for (CSVRecord row : format.parse(in)) {
                if (header == null) {
                    header = new HashMap<>();
                    for (String name : row.getParser().getHeaderNames()) {
                        header.put(name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), row.getParser().getHeaderMap().get(name));
                    }
                    if (!header.containsKey("file")) {
                        throw new IOException(file + ": the header row has no column 'file'");
                    }
                }
                Map<Origin.Field, String> values = new EnumMap<>(Origin.Field.class);
                for (Origin.Field field : Origin.Field.values()) {
                    Integer column = header.get(field.name().toLowerCase(Locale.ROOT));
                    if (column != null && column < row.size() && !row.get(column).isBlank()) {
                        values.put(field, row.get(column).strip());
                    }
                }
                byFile.put(row.get(header.get("file")).strip(), values);
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new IOException(file + " cannot be read: " + e.getMessage(), e);
        }
        return new SourceList(byFile);
    }

    /** What the list states about {@code fileName}: empty if nothing. */
    public Map<Origin.Field, String> of(String fileName) {
        return byFile.getOrDefault(fileName, Map.of());
    }
}
