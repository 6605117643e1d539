package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.List;

/** One line of normalized text with its offset. */
record Line(int start, String text) {

    int end() {
        return start + text.length();
    }

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new Line(start, text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }
}
