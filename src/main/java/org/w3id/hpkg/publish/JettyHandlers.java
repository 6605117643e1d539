package org.w3id.hpkg.publish;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * Jetty's handlers around the application: gzip for every text answer (the dumps come gzipped already),
 * and CORS. Any web page may read (GET, HEAD, POST queries) but never with the browser's credentials:
 * a read-only endpoint needs none, and without them a page cannot act as a logged-in user. Credentials
 * are allowed only to the trusted origins ({@code --cors-origin}), whose handler answers them first.
 */
final class JettyHandlers {

    static final Set<String> EXPOSED = Set.of("ETag", "Last-Modified", "Link", "Location", "Content-Length",
            ResultLimit.HEADER);

    private JettyHandlers() {}

    static Handler wrap(Handler app, ServeOptions options) {
        CompressionHandler gzip = new CompressionHandler(app);
        gzip.putCompression(new GzipCompression());
        // request bodies are never inflated: RequestSizeFilter limits them by their Content-Length
        gzip.putConfiguration("/", CompressionConfig.builder().defaults().compressExcludePath("/dump/*")
                .compressIncludeMethod("GET").compressIncludeMethod("POST").decompressExcludePath("/*").build());
        CrossOriginHandler anyone = new CrossOriginHandler();
        anyone.setAllowCredentials(false);
        anyone.setAllowedMethods(options.allowUpdate() ? Set.of("GET", "HEAD", "POST", "PUT", "DELETE")
                : Set.of("GET", "HEAD", "POST"));
        anyone.setAllowedHeaders(options.allowUpdate() ? Set.of("Accept", "Content-Type", "If-None-Match", "Authorization")
                : Set.of("Accept", "Content-Type", "If-None-Match"));
        anyone.setExposedHeaders(EXPOSED);
        anyone.setPreflightMaxAge(Duration.ofHours(1));
        anyone.setAllowedOriginPatterns(Set.of(options.trustedOrigins().isEmpty() ? ".*"
                : "(?!(" + options.trustedOrigins().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")$).*"));
        anyone.setHandler(gzip);
        if (options.trustedOrigins().isEmpty()) {
            return anyone;
        }
        CrossOriginHandler trusted = new CrossOriginHandler();
        trusted.setAllowCredentials(true);
        trusted.setAllowedMethods(Set.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        trusted.setAllowedHeaders(Set.of("Accept", "Content-Type", "If-None-Match", "Authorization"));
        trusted.setExposedHeaders(EXPOSED);
        trusted.setPreflightMaxAge(Duration.ofHours(1));
        trusted.setAllowedOriginPatterns(options.trustedOrigins().stream().map(Pattern::quote).collect(Collectors.toSet()));
        trusted.setDeliverPreflightRequests(true); // other origins' preflights are the inner handler's to answer
        trusted.setHandler(anyone);
        return trusted;
    }
}
