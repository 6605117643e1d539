package org.w3id.hpkg.report;

import java.util.List;
import org.owasp.encoder.Encode;
import org.w3id.hpkg.library.ResultTable;

/** A query's answer as an HTML table of chosen columns, numbers right-aligned. */
final class HtmlTable {

    private HtmlTable() {}

    static String of(ResultTable t, List<String> columns) {
        StringBuilder h = new StringBuilder("<table><thead><tr>");
        for (String c : columns) {
            h.append("<th>").append(Encode.forHtml(c)).append("</th>");
        }
        h.append("</tr></thead><tbody>");
        for (int i = 0; i < t.size(); i++) {
            h.append("<tr>");
            for (String c : columns) {
                h.append(cell(t, i, c));
            }
            h.append("</tr>");
        }
        return h.append("</tbody></table>").toString();
    }

    private static String cell(ResultTable t, int row, String column) {
        String v = t.text(row, column);
        boolean number = !v.isEmpty() && !Double.isNaN(t.number(row, column));
        return (number ? "<td class=\"num\">" : "<td>")
                + Encode.forHtml(number ? Charts.format(t.number(row, column)) : v) + "</td>";
    }
}
