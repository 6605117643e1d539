package org.w3id.hpkg.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.EtagUtils;
import org.eclipse.jetty.http.QuotedCSV;

/**
 * Validators and freshness of what the server sends: an {@code ETag} made of the {@link DataVersion}'s tag
 * and the variant (format, page), {@code Last-Modified}, {@code Cache-Control}; and the conditional
 * requests they allow ({@code If-None-Match}, else {@code If-Modified-Since}) answered 304 without a body.
 * A read-only server's answers stay fresh for {@value #MAX_AGE} seconds, then are revalidated; with updates
 * allowed they are revalidated every time.
 */
final class Caching {

    static final int MAX_AGE = 300;

    private Caching() {}

    /**
     * Sets the validators for one variant of the current version; true when the client's copy is still
     * current and 304 has been sent (nothing more to write).
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, DataVersion.Tag tag, String variant,
            boolean updatable) {
        String etag = "\"" + tag.value() + "-" + variant + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", tag.since().toEpochMilli());
        resp.setHeader("Cache-Control", updatable ? "no-cache" : "public, max-age=" + MAX_AGE);
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            return false;
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean current;
        if (ifNoneMatch != null) {
            current = false;
            for (String candidate : new QuotedCSV(true, ifNoneMatch)) {
                current |= candidate.equals("*") || EtagUtils.matches(etag, candidate);
            }
        } else {
            long since = dateHeader(req, "If-Modified-Since");
            current = since >= 0 && tag.since().toEpochMilli() <= since;
        }
        if (current) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    /** A date header, or -1 when missing or not a date (a malformed one is ignored, as RFC 9110 says). */
    private static long dateHeader(HttpServletRequest req, String name) {
        try {
            return req.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
