package dev.journeydash.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * An output could not be written: {@code cannot write <target>: <reason in words>}. Nothing was
 * left half-written; a file that existed before is as it was.
 */
public final class OutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public OutputException(String target, IOException cause) {
        super("cannot write " + target + ": " + reason(cause), cause);
    }

    /** What went wrong, in words: the JDK's file exceptions often carry only a path. */
    static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " exists and is not a folder";
        }
        if (e instanceof AccessDeniedException f) {
            return "permission denied for " + f.getFile();
        }
        if (e instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return e.getMessage();
    }
}
