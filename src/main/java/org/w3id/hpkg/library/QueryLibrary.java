package org.w3id.hpkg.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The analysts' query library: the {@code .rq} files of a {@code queries/} folder. By default that is
 * {@code queries/} in the working directory, where analysts can add and edit queries; when there is none,
 * the copy packaged in the jar ({@code hpkg/queries/}).
 */
public final class QueryLibrary {

    static final String RESOURCE_DIR = "hpkg/queries";
    private static final String SUFFIX = ".rq";

    private final String location;
    private final List<LibraryQuery> queries;

    private QueryLibrary(String location, List<LibraryQuery> queries) {
        this.location = location;
        this.queries = List.copyOf(queries);
    }

    /** {@code ./queries} when it exists, else the packaged library. */
    public static QueryLibrary standard() throws IOException {
        Path local = Path.of("queries");
        return Files.isDirectory(local) ? inFolder(local) : packaged();
    }

    /** The queries of a folder. */
    public static QueryLibrary inFolder(Path dir) throws IOException {
        return new QueryLibrary(dir.toString(), read(dir));
    }

    /** The library shipped inside the jar (or on the class path when run from classes). */
    public static QueryLibrary packaged() throws IOException {
        URL url = QueryLibrary.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IOException("the packaged query library (" + RESOURCE_DIR + ") is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = jarFileSystem(uri)) {
                    return new QueryLibrary("(packaged)", read(fs.getPath("/" + RESOURCE_DIR)));
                }
            }
            return new QueryLibrary("(packaged)", read(Path.of(uri)));
        } catch (URISyntaxException e) {
            throw new IOException("cannot read the packaged query library at " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // opened elsewhere in this process; read through a fresh one over the same jar
            String jar = uri.getSchemeSpecificPart();
            return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))), Map.of());
        }
    }

    private static List<LibraryQuery> read(Path dir) throws IOException {
        List<LibraryQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = file.getFileName().toString();
                String text;
                try (InputStream in = Files.newInputStream(file)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                QueryHeader header;
                try {
                    header = QueryHeader.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IOException(name + ": " + e.getMessage(), e);
                }
                queries.add(new LibraryQuery(name.substring(0, name.length() - SUFFIX.length()),
                        dir.resolve(name).toString(), text, header));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return queries;
    }

    /** Where the queries were read from. */
    public String location() {
        return location;
    }

    public List<LibraryQuery> queries() {
        return queries;
    }

    public Optional<LibraryQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The query of that name; an error naming the known ones when there is none. */
    public LibraryQuery get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no query named '" + name + "' in "
                + location + "; 'hpkg queries' lists them: "
                + String.join(", ", queries.stream().map(LibraryQuery::name).toList())));
    }
}
