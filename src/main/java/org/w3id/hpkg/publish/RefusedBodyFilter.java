package org.w3id.hpkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A request refused before its body was read (a write to a read-only server, a body too large) leaves
 * the body's bytes on the connection; Jetty then closes it after the answer, and a client that pooled
 * the connection fails its next request with no bytes received. Saying {@code Connection: close} on
 * such an answer tells the client not to reuse the connection.
 */
final class RefusedBodyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        boolean hasBody = req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
        chain.doFilter(request, hasBody ? new CloseOnError((HttpServletResponse) response) : response);
    }

    private static final class CloseOnError extends HttpServletResponseWrapper {

        CloseOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            close(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            close(sc);
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            close(sc);
            super.sendError(sc);
        }

        private void close(int sc) {
            if (sc >= 400 && !isCommitted()) {
                setHeader("Connection", "close");
            }
        }
    }
}
