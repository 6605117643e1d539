package org.w3id.hpkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An OS file lock on the store folder, so that two rebuilds never write the same store at once. */
public final class RebuildLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RebuildLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or fails at once with {@link StoreBusyException}. */
    public static RebuildLock acquire(Path storeDir) throws IOException {
        Files.createDirectories(storeDir);
        FileChannel channel = FileChannel.open(storeDir.resolve("rebuild.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new StoreBusyException("another rebuild is writing the store " + storeDir + "; try again when it has finished");
        }
        return new RebuildLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** The store is locked by another rebuild. */
    public static final class StoreBusyException extends IOException {
        public StoreBusyException(String message) {
            super(message);
        }
    }
}
