package org.w3id.hpkg.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * What a table's header row says the table holds ({@code parse/table-headers.tsv}): tasks (a column headed
 * by a field label such as 牵头单位), duties (a department column and a duty column), indicators (an
 * indicator or year column), or nothing known.
 *
 * @param columns for a task table, column index → field label; for a duty table, the department column
 *     under its heading
 * @param textColumn for a duty table, the first duty column: each row's item text starts there
 */
record TableHeader(Kind kind, Map<Integer, String> columns, int textColumn) {

    enum Kind {
        TASKS,
        DUTIES,
        INDICATORS
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}年?(目标值?|目标)?");

    /** Reads header rows; one instance serves a parser. */
    static final class Reader {
        private final FieldLabels fieldLabels;
        private final Map<String, String> words = new HashMap<>();

        Reader(FieldLabels fieldLabels) {
            this.fieldLabels = fieldLabels;
            for (String[] row : DataTable.load("parse/table-headers.tsv").rows()) {
                words.put(row[1], row[0]);
            }
        }

        /** The header a row of cells is, or null when it is a row of data. */
        TableHeader read(String line) {
            String[] cells = line.split("\t", -1);
            Map<Integer, String> fields = new TreeMap<>();
            int department = -1;
            int duty = -1;
            boolean indicator = false;
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip().replaceAll("[:：]$", "").strip();
                if (fieldLabels.headerField(cell) != null) {
                    fields.put(i, cell);
                }
                String kind = words.get(cell);
                if ("DEPARTMENT".equals(kind) && department < 0) {
                    department = i;
                } else if ("DUTY".equals(kind) && duty < 0) {
                    duty = i;
                } else if ("INDICATOR".equals(kind) || YEAR.matcher(cell).matches()) {
                    indicator = true;
                }
            }
            // a department column headed by a lead-body label (责任单位 | 职责) is a duty table, not a task table
            if (duty >= 0 && (department >= 0 || fields.size() == 1 && fields.keySet().iterator().next() < duty)) {
                int column = department >= 0 ? department : fields.keySet().iterator().next();
                return new TableHeader(Kind.DUTIES, Map.of(column, cells[column].strip()), duty);
            }
            if (!fields.isEmpty()) {
                return new TableHeader(Kind.TASKS, fields, -1);
            }
            return indicator ? new TableHeader(Kind.INDICATORS, Map.of(), -1) : null;
        }
    }
}
