package org.w3id.hpkg.rebuild;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a rebuild's time went, phase by phase, in the order the phases ran: operators of a large corpus
 * need to see whether extraction, the store's load or the text index dominates before tuning anything.
 */
public final class PhaseTimes {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the phase running since the last call (or creation) and records it under {@code name}. */
    void end(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1_000_000, Long::sum);
        mark = now;
    }

    /** "extract and load 12.3 s, links 0.4 s, …", or "" when nothing was timed. */
    @Override
    public String toString() {
        return millis.entrySet().stream()
                .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
    }
}
