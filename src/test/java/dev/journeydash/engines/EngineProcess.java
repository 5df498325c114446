package dev.journeydash.engines;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an engine command with a timeout; on timeout kills the process and all its descendants.
 * Public for the other test packages that drive LibreOffice or Gnumeric (the refresh corpus).
 */
public final class EngineProcess {

    /** Outcome of a finished run. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {
        public String describe() {
            return "command: " + String.join(" ", command) + "\nexit code: " + exitCode
                    + "\nstdout: " + tail(stdout) + "\nstderr: " + tail(stderr);
        }
    }

    /** Thrown when the engine cannot be run, times out, or produces no output. */
    public static final class EngineException extends IOException {
        EngineException(String message) {
            super(message);
        }

        EngineException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private EngineProcess() {
    }

    public static Result run(List<String> command, Path workDir, Map<String, String> env, Duration timeout) throws IOException {
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new EngineException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(p);
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while waiting for " + String.join(" ", command), e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (!finished) {
            killTree(p);
            throw new EngineException(command.get(0) + " timed out after " + timeout.toSeconds() + " s and was killed\n"
                    + "command: " + String.join(" ", command) + "\nstdout: " + tail(read(out)) + "\nstderr: " + tail(read(err)));
        }
        Result r = new Result(List.copyOf(command), p.exitValue(), read(out), read(err), elapsed);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** Kills {@code p} and every process it started (children first), and waits briefly for them to go. */
    public static void killTree(Process p) {
        List<ProcessHandle> descendants = p.descendants().toList();
        for (ProcessHandle h : descendants) h.destroyForcibly();
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (descendants.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            try {
                return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            } catch (IOException e2) {
                return "";
            }
        }
    }

    static String tail(String s) {
        String t = s.strip();
        return t.length() <= 2000 ? t : "..." + t.substring(t.length() - 2000);
    }

    /** Deletes a directory tree, ignoring errors. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(q -> {
                try {
                    Files.deleteIfExists(q);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
