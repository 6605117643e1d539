package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * The store folder: numbered TDB2 databases ({@code db-1}, {@code db-2}, …) and a {@code CURRENT} file
 * naming the one queries use. A rebuild writes a new database beside the current one and switches by
 * replacing {@code CURRENT} atomically, so a crash at any point leaves the previous graph in place.
 * The previous database is kept until the next rebuild, so readers that opened it just before a switch
 * finish undisturbed.
 */
public final class StoreLayout {

    private static final String CURRENT = "CURRENT";
    private final Path dir;

    public StoreLayout(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The database queries should read, or null when no rebuild has completed yet. */
    public Path current() throws IOException {
        Path pointer = dir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        Path db = dir.resolve(name);
        if (!name.matches("db-\\d+") || !Files.isDirectory(db)) {
            throw new IOException("store " + dir + " is damaged: CURRENT names a missing database '" + name + "'");
        }
        return db;
    }

    /** A fresh folder for a new database, numbered after every existing one. */
    public Path newDatabase() throws IOException {
        Files.createDirectories(dir);
        int next = databases().stream().mapToInt(StoreLayout::number).max().orElse(0) + 1;
        Path db = dir.resolve("db-" + next);
        Files.createDirectory(db);
        return db;
    }

    /** Makes {@code db} the current database: write a temporary pointer, then rename it over CURRENT. */
    public void switchTo(Path db) throws IOException {
        Path tmp = dir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, db.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes databases that are neither current nor the one before it: leftovers of rebuilds that
     * crashed or failed validation, and older generations.
     */
    public List<Path> removeStale() throws IOException {
        Path current = current();
        int keepFrom = current == null ? Integer.MAX_VALUE : number(current);
        List<Path> removed = new ArrayList<>();
        List<Path> all = databases();
        int previous = all.stream().mapToInt(StoreLayout::number).filter(n -> n < keepFrom).max().orElse(-1);
        for (Path db : all) {
            int n = number(db);
            if (n != keepFrom && n != previous || current == null) {
                deleteTree(db);
                removed.add(db);
            }
        }
        return removed;
    }

    List<Path> databases() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().matches("db-\\d+") && Files.isDirectory(p))
                    .sorted(Comparator.comparingInt(StoreLayout::number)).toList();
        }
    }

    private static int number(Path db) {
        return Integer.parseInt(db.getFileName().toString().substring(3));
    }

    public static void deleteTree(Path root) throws IOException {
        FileUtils.deleteDirectory(root.toFile()); // quietly nothing when it is missing
    }
}
