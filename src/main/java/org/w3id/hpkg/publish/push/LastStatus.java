package org.w3id.hpkg.publish.push;

import org.apache.http.HttpResponse;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.protocol.HttpContext;

/**
 * The HTTP status of the partner's last answer, seen by an interceptor on RDF4J's HTTP client: RDF4J's
 * exceptions do not carry it, and their messages differ by server, so errors are told apart by status.
 */
final class LastStatus implements HttpResponseInterceptor {

    private volatile int code;

    @Override
    public void process(HttpResponse response, HttpContext context) {
        code = response.getStatusLine().getStatusCode();
    }

    /** Forgets the last answer, before a request. */
    void reset() {
        code = 0;
    }

    /** The status of the last answer, 0 when none came (the network failed). */
    int code() {
        return code;
    }

    boolean authentication() {
        return code == 401 || code == 403;
    }

    /** The server or a gateway failed or timed out: a later attempt may succeed. */
    boolean serverError() {
        return code >= 500;
    }

    boolean unavailable() {
        return code == 503 || code == 504;
    }
}
