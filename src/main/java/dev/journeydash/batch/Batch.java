package dev.journeydash.batch;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a manifest's clients in parallel, each as {@code generate} would: its workbook (and its
 * HTML summary and JSON model, when asked) written atomically, the workbook moved into place only
 * once the others are written. A client that fails leaves no file and does not stop the others.
 */
public final class Batch {
    private Batch() { }

    /**
     * How a batch runs.
     *
     * @param html    also write each client's HTML summary beside its workbook
     * @param json    also write each client's computed model as JSON beside its workbook
     * @param threads clients made at once (at least 1)
     */
    public record Options(boolean html, boolean json, int threads) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
        }

        /** No report, one thread per available core. */
        public static Options defaults() {
            return new Options(false, false, Runtime.getRuntime().availableProcessors());
        }
    }

    /** A finished client's summary line, from its results and the period its Dashboard shows. */
    @FunctionalInterface
    public interface Describe {
        String summary(Results results, int shown);
    }

    /** Told of each client as it finishes, from the thread that ran it, one at a time. */
    @FunctionalInterface
    public interface Listener {
        void finished(Outcome outcome);
    }

    /**
     * What became of one client.
     *
     * @param run      the client
     * @param files    the files written (the workbook first); empty when it failed
     * @param summary  what {@link Describe} said of it when it succeeded, else empty
     * @param problems what went wrong, one message per problem; empty when it succeeded
     * @param millis   how long the client took
     */
    public record Outcome(ClientRun run, List<java.nio.file.Path> files, String summary, List<String> problems, long millis) {
        public Outcome {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * Runs every client of {@code manifest}; the outcomes in the manifest's order. {@code describe}
     * gives a finished client's summary line from its results and the period shown.
     */
    public static List<Outcome> run(Manifest manifest, Options options, Describe describe, Listener listener) {
        int threads = Math.min(options.threads(), manifest.clients().size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (ClientRun run : manifest.clients()) {
                futures.add(pool.submit(() -> {
                    Outcome o = one(run, options, describe);
                    synchronized (listener) {
                        listener.finished(o);
                    }
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client's run failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One client, start to end; every failure becomes the outcome's problems. */
    static Outcome one(ClientRun run, Options options, Describe describe) {
        long start = System.nanoTime();
        List<java.nio.file.Path> files = new ArrayList<>();
        try {
            Request request = request(run);
            Results results = Journeydash.compute(request, Progress.NONE);
            byte[] html = options.html() ? Journeydash.reportBytes(request, results) : null;
            byte[] json = options.json() ? Journeydash.jsonBytes(request, results) : null;
            files.add(run.out());
            Output.Ready others = () -> {
                writeBeside(run, ".html", html, files);
                writeBeside(run, ".json", json, files);
            };
            Journeydash.write(results, request, Output.file(run.out(), others), Progress.NONE);
            return new Outcome(run, files, describe.summary(results, Journeydash.shownPeriod(request, results)), List.of(),
                    millis(start));
        } catch (InputException e) {
            return failed(run, files, e.problems().stream().map(InputException.Problem::toString).toList(), start);
        } catch (OutputException e) {
            return failed(run, files, List.of(e.getMessage()), start);
        } catch (RuntimeException e) {
            return failed(run, files, List.of("internal error (a bug in journeydash, please report it): " + e), start);
        }
    }

    private static Outcome failed(ClientRun run, List<java.nio.file.Path> files, List<String> problems, long start) {
        // the workbook was not moved into place; the report files written before it are removed
        for (java.nio.file.Path f : files.subList(Math.min(1, files.size()), files.size())) {
            try {
                java.nio.file.Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // best effort: named in the problems below
            }
        }
        return new Outcome(run, List.of(), "", problems, millis(start));
    }

    private static void writeBeside(ClientRun run, String extension, byte[] bytes, List<java.nio.file.Path> files)
            throws IOException {
        if (bytes == null) {
            return;
        }
        java.nio.file.Path target = run.beside(extension);
        try {
            Output.file(target).write(out -> out.write(bytes));
        } catch (OutputException e) {
            throw new IOException(e.getMessage(), e);
        }
        files.add(target);
    }

    static Request request(ClientRun run) {
        Request.Builder b = Request.builder().template(run.template()).data(run.data()).client(run.client()).brand(run.brand()).language(run.lang());
        run.sources().forEach(b::source);
        run.params().forEach(b::param);
        return b.build();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Worker threads named for thread dumps, and not keeping the JVM alive. */
    private static final class Workers implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "journeydash-batch-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
