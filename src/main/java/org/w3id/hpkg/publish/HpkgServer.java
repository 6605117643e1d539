package org.w3id.hpkg.publish;

import org.apache.jena.fuseki.main.FusekiServer;

/** A running server started by {@link FusekiLauncher}; closing stops it. */
public final class HpkgServer implements AutoCloseable {

    private final FusekiServer server;
    private final Site site;

    HpkgServer(FusekiServer server, Site site) {
        this.server = server;
        this.site = site;
    }

    /** The port it listens on (the one picked when the options asked for port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The public root: resources are at {@code root()id/…}. */
    public String root() {
        return site.root();
    }

    /** The public URL of the SPARQL endpoint. */
    public String sparqlEndpoint() {
        return site.sparqlEndpoint();
    }

    /**
     * Prepares the dataset description (it counts the bytes of every dump, which takes a few seconds on
     * a large graph) on a background thread, so that the first request for it does not wait.
     */
    public void warmUp() {
        Thread t = new Thread(() -> {
            try {
                site.voidGraph();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(HpkgServer.class).warn("could not prepare the dataset description: {}",
                        e.toString());
            }
        }, "hpkg-void");
        t.setDaemon(true);
        t.start();
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        site.close();
    }
}
