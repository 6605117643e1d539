package org.w3id.hpkg.extract;

import java.time.LocalDate;

/** When a task or target is due: a date (the last day of the period named) or ongoing ("长期坚持"). */
public record Deadline(LocalDate due, boolean ongoing, String text) {

    public static Deadline on(LocalDate due, String text) {
        return new Deadline(due, false, text);
    }

    public static Deadline ongoing(String text) {
        return new Deadline(null, true, text);
    }
}
