package org.w3id.hpkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Refuses request bodies above a size with 413, before anything reads or parses them. */
final class RequestSizeFilter implements Filter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        // The body is never touched here: reading it would hide form parameters from the servlets.
        boolean chunked = length < 0
                && "chunked".equalsIgnoreCase(((jakarta.servlet.http.HttpServletRequest) request).getHeader("Transfer-Encoding"));
        if (length > maxBytes || chunked) {
            ((HttpServletResponse) response).sendError(413,
                    chunked ? "send requests with a Content-Length" : "request body larger than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
