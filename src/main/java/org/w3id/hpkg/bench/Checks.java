package org.w3id.hpkg.bench;

import java.util.ArrayList;
import java.util.List;

/** The checks of one bench run that did not hold, each as a sentence; empty when all did. */
final class Checks {

    private final List<String> failed = new ArrayList<>();

    /** Records {@code format} with {@code args} unless {@code ok}. */
    void check(boolean ok, String format, Object... args) {
        if (!ok) {
            failed.add(String.format(format, args));
        }
    }

    List<String> failed() {
        return List.copyOf(failed);
    }
}
