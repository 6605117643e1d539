package org.w3id.hpkg.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.w3id.hpkg.rdf.IriMinter;
import org.w3id.hpkg.rebuild.manifest.BuildManifest;

/**
 * Which version of the graph the server is answering from, the basis of its {@code ETag}s and
 * {@code Last-Modified} dates. The graph changes only when a rebuild switches or updates the store, and
 * every rebuild records the code's fingerprint and the digest of the files it read in its manifest: those
 * two name the graph's content. Updates through the server (with {@code --allow-update}) are counted on
 * top of it. The modification date is when this server first answered from that version: the graph holds
 * no build time (the same input gives the same graph), and a date that only grows never makes a client
 * keep a stale copy.
 */
final class DataVersion {

    /** A version: its tag (the core of every ETag) and since when the server has answered from it. */
    record Tag(String value, Instant since) {}

    private final Dataset dataset;
    private final BuildManifest manifest;
    private final String salt;
    private final boolean updatable;
    private final long started = System.currentTimeMillis();
    private final AtomicLong updates = new AtomicLong();
    private final AtomicReference<Tag> latest = new AtomicReference<>();

    /**
     * @param salt      what else the representations depend on (the public root they link to)
     * @param updatable whether clients may change the graph through this server
     */
    DataVersion(Dataset dataset, String base, String salt, boolean updatable) {
        this.dataset = dataset;
        this.manifest = new BuildManifest(new IriMinter(base));
        this.salt = salt;
        this.updatable = updatable;
    }

    /** The version answered from now. */
    Tag current() {
        String content = Txn.calculateRead(dataset, () -> {
            String fingerprint = manifest.fingerprint(dataset.asDatasetGraph());
            String digest = manifest.digest(dataset.asDatasetGraph());
            // a store without a manifest: nothing names its content, so each server run is a version of its own
            return fingerprint == null && digest == null ? "unnamed " + started : fingerprint + " " + digest;
        });
        String key = content + " " + salt + (updatable ? " " + started + " " + updates.get() : "");
        String value = sha256(key).substring(0, 20);
        Tag tag = latest.get();
        if (tag == null || !tag.value().equals(value)) {
            Tag next = new Tag(value, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            latest.compareAndSet(tag, next);
            tag = latest.get();
            return tag.value().equals(value) ? tag : next;
        }
        return tag;
    }

    /** Records that a client changed the graph through this server. */
    void updated() {
        updates.incrementAndGet();
    }

    /** The SHA-256 of a string's UTF-8 bytes, in hex. */
    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
