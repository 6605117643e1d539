package org.w3id.hpkg.rebuild;

import java.io.IOException;

/**
 * Named points of a rebuild where the reliability tests stop the process with {@code kill -9} or inject
 * a failure (a full disk). Inert unless the system property {@code hpkg.test.pauseAt} or
 * {@code hpkg.test.failAt} names the point.
 */
final class CrashPoints {

    static final String PAUSE_AT = "hpkg.test.pauseAt";
    static final String FAIL_AT = "hpkg.test.failAt";

    private CrashPoints() {}

    static void reach(String point) throws IOException {
        if (point.equals(System.getProperty(PAUSE_AT))) {
            System.err.println("hpkg: paused at " + point);
            System.err.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted at " + point, e);
            }
        }
        if (point.equals(System.getProperty(FAIL_AT))) {
            throw new IOException("No space left on device (injected at " + point + ")");
        }
    }
}
