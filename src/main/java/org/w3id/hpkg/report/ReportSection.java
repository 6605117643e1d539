package org.w3id.hpkg.report;

import java.util.Map;
import org.w3id.hpkg.library.LibraryQuery;

/**
 * One chart or table of the report, with the library query it came from and the parameters it ran with.
 *
 * @param body the chart's SVG or the table's HTML
 * @param paging how the pages of a paged listing were joined, as HTML ("" for a query read at once)
 */
record ReportSection(String id, String title, LibraryQuery query, Map<String, String> params, String body,
        boolean chart, int rows, String paging) {

    /** The command that reproduces this section's answer. */
    String command() {
        StringBuilder c = new StringBuilder("hpkg query ").append(query.name());
        params.forEach((k, v) -> c.append(" --param ").append(k).append('=')
                .append(v.isEmpty() || v.contains(" ") || v.contains("%") ? "'" + v + "'" : v));
        return c.toString();
    }
}
