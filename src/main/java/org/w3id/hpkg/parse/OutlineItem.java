package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One numbered item of an outline (or a row of a task or duty table), as the outline parser's tree
 * holds it before it is flattened into sections and tasks.
 */
final class OutlineItem {

    /** The style of a table row that carries no number: a leaf under the innermost open item. */
    static final int ROW = -1;

    final int style;
    final String number;
    final int start;
    final int bodyStart;
    int end;
    final List<OutlineItem> children = new ArrayList<>();
    OutlineItem parent;
    /** Fields from the columns of a table row, and where the row's text ends; null if not a row. */
    List<FieldValue> rowFields;
    int rowBodyEnd;

    OutlineItem(int style, String number, int start, int bodyStart) {
        this.style = style;
        this.number = number;
        this.start = start;
        this.bodyStart = bodyStart;
    }

    /** Where the item's text, its sub-items included, ends. */
    int subtreeEnd() {
        OutlineItem last = this;
        while (!last.children.isEmpty()) {
            last = last.children.get(last.children.size() - 1);
        }
        return last.end;
    }
}
