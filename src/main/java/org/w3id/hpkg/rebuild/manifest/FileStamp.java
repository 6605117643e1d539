package org.w3id.hpkg.rebuild.manifest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A file's size and modification time, as text. An incremental rebuild trusts a file whose stamp equals
 * the one recorded when it was last read, and hashes only the others (as make and git do): reading and
 * hashing every file of a national corpus would cost more than the update itself. A file whose stamp
 * changed but whose content did not is found unchanged by its hash.
 */
public final class FileStamp {

    private FileStamp() {}

    /** The stamp of {@code file} now; take it before reading the file, so that a later write changes it. */
    public static String of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + " " + attributes.lastModifiedTime().toInstant();
    }
}
