package dev.journeydash.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Writes a file through a temporary file in the same directory, forced to disk and moved into
 * place only when complete. The temporary file is locked while it is written. A failed or killed
 * write leaves the previous file untouched.
 */
public final class AtomicFile {
    /** Writes the content of the file. */
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() { }

    /**
     * A temporary file is private to its owner; the finished file gets the permissions of the file
     * it replaces, or rw-r--r-- as a new file usually has.
     */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /**
     * Deletes temporary files an earlier run for the same output left behind when it was killed
     * ({@code .<name>.<digits>.tmp}); a finished run never leaves one. A file modified since
     * {@code before} (this run's start), or still locked, belongs to a run that is writing now,
     * and stays; so do files not named as this class names them.
     */
    static void removeStale(Path dir, String name, FileTime before) {
        Pattern ours = Pattern.compile(Pattern.quote("." + name + ".") + "\\d+\\.tmp");
        try (var stale = Files.newDirectoryStream(dir, p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path p : stale) {
                try {
                    if (Files.getLastModifiedTime(p).compareTo(before) < 0 && !locked(p)) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // best effort: the file stays
                }
            }
        } catch (IOException e) {
            // best effort: the output is written; only the clean-up did not happen
        }
    }

    private static boolean locked(Path p) throws IOException {
        try (FileChannel channel = FileChannel.open(p, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // locked in this process: a write in progress
        }
    }

    /** Writes {@code path} atomically with what {@code body} writes; on failure the previous file stays as it was. */
    public static void write(Path path, Body body) throws IOException {
        Path target = path.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        FileTime start = FileTime.from(Instant.now());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.lock(); // released when the channel closes, or by the system when the process dies
                OutputStream out = new java.io.BufferedOutputStream(new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // the channel closes below, once forced to disk
                    }
                }, 1 << 16);
                body.writeTo(out);
                out.flush();
                channel.force(true); // on disk before the move, so that a power cut cannot leave an empty file
            }
            permissions(tmp, target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        removeStale(dir, target.getFileName().toString(), start);
    }
}
