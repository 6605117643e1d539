package org.w3id.hpkg.rebuild.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of the code and data tables that turn files into graphs (the hpkg jar, or the classes folder
 * when run from a build). A database built by other code may hold other graphs for the same files, so
 * an incremental rebuild only reuses graphs built with the same fingerprint. Only what shapes the graph
 * counts ({@link #SHAPES_THE_GRAPH}): editing a servlet, the report or a command must not force a full
 * rebuild, which takes minutes on a national corpus.
 */
public final class CodeFingerprint {

    /**
     * Entry prefixes (classes and tables) that decide what graph a file gives: the stages from bytes to quads,
     * their tables, the ontology and the SDG links, and the libraries' versions (a new HanLP segments anew).
     */
    static final List<String> SHAPES_THE_GRAPH = List.of(
            "org/w3id/hpkg/data/", "org/w3id/hpkg/load/", "org/w3id/hpkg/normalize/", "org/w3id/hpkg/parse/",
            "org/w3id/hpkg/extract/", "org/w3id/hpkg/rdf/",
            "hpkg/load/", "hpkg/normalize/", "hpkg/parse/", "hpkg/extract/", "hpkg/ontology/", "hpkg/link/");

    private CodeFingerprint() {}

    /** Computed anew each time: once per rebuild, in well under a second. */
    public static String current() {
        CodeSource source = CodeFingerprint.class.getProtectionDomain().getCodeSource();
        try {
            return of(source == null ? null : Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of the code in a jar or a classes folder (null or missing: the version only). */
    static String of(Path location) {
        MessageDigest digest = sha256();
        try {
            if (location == null || !Files.exists(location)) {
                digest.update(String.valueOf(CodeFingerprint.class.getPackage().getImplementationVersion()).getBytes());
            } else if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    String name = location.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    if (isPipeline(name)) {
                        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        update(digest, file);
                    }
                }
            } else {
                updateFromJar(digest, location);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the hpkg code to fingerprint it", e);
        }
        return hex(digest.digest());
    }

    /**
     * hpkg's own classes and tables, and the versions of the libraries bundled with them. Entry contents
     * rather than the jar's bytes: two builds of the same source give the same fingerprint (and so the
     * same manifest graph), although the jar records when it was built.
     */
    private static void updateFromJar(MessageDigest digest, Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = file.stream().filter(e -> !e.isDirectory()).filter(e -> isPipeline(e.getName()))
                    .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : entries) {
                digest.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(entry)) {
                    if (entry.getName().endsWith("pom.properties")) {
                        String props = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                        props.lines().filter(l -> l.startsWith("version="))
                                .forEach(l -> digest.update(l.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    } else {
                        digest.update(in.readAllBytes());
                    }
                }
            }
        }
    }

    private static boolean isPipeline(String name) {
        return SHAPES_THE_GRAPH.stream().anyMatch(name::startsWith)
                || name.startsWith("META-INF/maven/") && name.endsWith("/pom.properties");
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    public static String sha256(byte[] bytes) {
        return hex(sha256().digest(bytes));
    }

    private static String hex(byte[] hash) {
        StringBuilder out = new StringBuilder(hash.length * 2);
        for (byte b : hash) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }
}
