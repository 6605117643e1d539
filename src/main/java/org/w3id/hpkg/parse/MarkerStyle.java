package org.w3id.hpkg.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/** One numbering style of an outline ({@code 一、}, {@code (一)}, {@code 1.}, …) and its line-start pattern. */
public record MarkerStyle(String name, Pattern pattern) {

    public static List<MarkerStyle> load() {
        List<MarkerStyle> styles = new ArrayList<>();
        for (String[] row : DataTable.load("parse/outline-markers.tsv").rows()) {
            styles.add(new MarkerStyle(row[0], Pattern.compile(row[1])));
        }
        return styles;
    }
}
