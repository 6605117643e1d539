package org.w3id.hpkg.publish;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Before the write endpoints ({@code --allow-update}): a browser sends a cached password with any form
 * posted from any site, and CORS cannot stop a form; so a write that carries an {@code Origin} other than
 * this server's and the trusted ones ({@code --cors-origin}) is refused (403). A write that went through
 * makes a new version of the graph for caching.
 */
final class WriteGuard implements Filter {

    private final Site site;
    private final List<String> trusted;

    WriteGuard(Site site, List<String> trusted) {
        this.site = site;
        this.trusted = trusted;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean write = !List.of("GET", "HEAD", "OPTIONS").contains(req.getMethod());
        String origin = req.getHeader("Origin");
        if (write && origin != null && !trusted.contains(origin) && !sameOrigin(origin, req)) {
            PublishServlet.text(resp, HttpServletResponse.SC_FORBIDDEN, "Forbidden: writes from pages of " + origin
                    + " are refused; start the server with --cors-origin " + origin + " to trust it.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (write) {
                site.version().updated(); // even a failed write may have changed something: revalidate
            }
        }
    }

    private boolean sameOrigin(String origin, HttpServletRequest req) {
        String root = site.root();
        String own = req.getScheme() + "://" + req.getHeader("Host");
        return origin.equals(own) || root.startsWith(origin + "/");
    }
}
