package org.w3id.hpkg.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A tab-separated table shipped under {@code src/main/resources/hpkg}: the place where the Chinese
 * words the stages look for live, so that code holds no domain vocabulary. Lines starting with '#'
 * and blank lines are ignored.
 */
public final class DataTable {

    private final String name;
    private final List<String[]> rows;

    private DataTable(String name, List<String[]> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    /**
     * Tab-separated, one row per line, never quoted (a cell may hold quotation marks, as Chinese titles do);
     * '#' starts a comment line.
     */
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    /** Loads {@code /hpkg/<path>} from the class path. */
    public static DataTable load(String path) {
        String resource = "/hpkg/" + path;
        try (InputStream in = DataTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data table " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord record : FORMAT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.add(record.values());
                }
            }
            return new DataTable(resource, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data table " + resource, e);
        }
    }

    public List<String[]> rows() {
        return rows;
    }

    /** The first column of every row. */
    public List<String> column(int index) {
        List<String> values = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            if (row.length <= index) {
                throw new IllegalStateException(name + ": row without column " + index + ": " + String.join("\t", row));
            }
            values.add(row[index]);
        }
        return values;
    }

    public String name() {
        return name;
    }
}
