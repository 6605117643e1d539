package org.w3id.hpkg.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Colours for categories (regions, series), assigned in order of first use; Okabe–Ito, safe for colour blindness. */
final class Palette {

    private static final String[] COLORS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9",
        "#F0E442", "#000000", "#999999", "#8C564B"};

    private final Map<String, String> assigned = new LinkedHashMap<>();

    String color(String category) {
        return assigned.computeIfAbsent(category, c -> COLORS[assigned.size() % COLORS.length]);
    }

    List<String> categories() {
        return new ArrayList<>(assigned.keySet());
    }

    List<String> colors() {
        return new ArrayList<>(assigned.values());
    }
}
