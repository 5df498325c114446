package dev.journeydash.fuzz;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.template.TemplateLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every fuzz property checks, and the counts they print. A reader given any input either
 * returns a value or throws an {@link InputException} whose message starts with the file name;
 * anything else (NullPointerException, IndexOutOfBoundsException, NumberFormatException,
 * StackOverflowError, ...) fails the property with the input and the stack trace.
 */
final class Fuzz {
    /** A single call slower than this fails the property: a reader must not hang on bad input. */
    static final long SLOW_NANOS = 10_000_000_000L;

    static final Path ECOMMERCE_TEMPLATE = Path.of("templates/ecommerce.yaml");
    static final Path ECOMMERCE_DATA = Path.of("sample-data/ecommerce.csv");
    static final Path LONG_DATA = Path.of("src/test/resources/invalid/data/long-valid-base.csv");

    private static Journey ecommerce;
    private static final Map<String, Stats> STATS = new TreeMap<>();
    private static final long START = System.nanoTime();

    private Fuzz() { }

    /** The outcome of one call. */
    enum Outcome { VALUE, INPUT_ERROR }

    /** A call into a reader. */
    interface Call {
        Object run() throws Exception;
    }

    static synchronized Journey ecommerce() {
        if (ecommerce == null) {
            try {
                ecommerce = TemplateLoader.load(ECOMMERCE_TEMPLATE);
            } catch (InputException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return ecommerce;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code call} on {@code input} and checks the outcome; counts it under {@code property}.
     *
     * @throws AssertionError naming the input, when the call throws anything but an
     *                        InputException starting with {@code file}, or is too slow
     */
    static Outcome check(String property, String file, Object input, Call call) {
        return check(property, List.of(file), input, call);
    }

    /** As {@link #check(String, String, Object, Call)}, for a call that reads several files. */
    static Outcome check(String property, List<String> files, Object input, Call call) {
        long t0 = System.nanoTime();
        Outcome outcome;
        try {
            call.run();
            outcome = Outcome.VALUE;
        } catch (InputException e) {
            if (e.getMessage() == null || files.stream().noneMatch(e.getMessage()::startsWith)) {
                throw failure("the message does not start with the file name " + files, input, e);
            }
            outcome = Outcome.INPUT_ERROR;
        } catch (Throwable t) {
            throw failure("unexpected " + t.getClass().getName(), input, t);
        }
        long nanos = System.nanoTime() - t0;
        stats(property).add(outcome, nanos, input);
        if (nanos > SLOW_NANOS) {
            throw new AssertionError("took " + nanos / 1_000_000 + " ms (limit " + SLOW_NANOS / 1_000_000 + " ms) on input:\n"
                    + show(input));
        }
        return outcome;
    }

    static AssertionError failure(String what, Object input, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        String stack = trace.toString();
        if (stack.length() > 6000) {
            stack = stack.substring(0, 6000) + "\n\t...";
        }
        return new AssertionError(what + " on input:\n" + show(input) + "\n" + stack, t);
    }

    /** The input, shortened and with invisible characters escaped, for failure messages. */
    static String show(Object input) {
        String s = input instanceof byte[] b ? hex(b) : String.valueOf(input);
        StringBuilder sb = new StringBuilder();
        int limit = Math.min(s.length(), 3000);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n\n");
            } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || c == '\uFEFF') {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (s.length() > limit) {
            sb.append("... (").append(s.length()).append(" characters in all)");
        }
        return sb.toString();
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length + " bytes:");
        for (int i = 0; i < Math.min(b.length, 1000); i++) {
            sb.append(' ').append(String.format("%02X", b[i] & 0xff));
        }
        return sb.toString();
    }

    static synchronized Stats stats(String property) {
        return STATS.computeIfAbsent(property, k -> new Stats());
    }


    /** Deletes {@code dir} and everything under it (a fuzz class's temporary folder). */
    static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    /** Prints one line per property of {@code prefix} and a summary line. */
    static synchronized void printSummary(String prefix) {
        long calls = 0;
        long nanos = 0;
        for (Map.Entry<String, Stats> e : STATS.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            Stats s = e.getValue();
            calls += s.calls();
            nanos += s.nanos.get();
            System.out.printf("fuzz: %-48s %,7d executions: %,7d values, %,7d input errors; slowest %,d ms, total %.1f s%n",
                    e.getKey(), s.calls(), s.values.get(), s.errors.get(), s.slowest.get() / 1_000_000, s.nanos.get() / 1e9);
            if (Boolean.getBoolean("journeydash.fuzz.verbose")) {
                System.out.println("      slowest input: " + s.slowestInput.replace("\n", "\n      "));
            }
        }
        System.out.printf("fuzz summary: %s: %,d executions in %.1f s of reader time (%.1f s since the first fuzz class started)%n",
                prefix, calls, nanos / 1e9, (System.nanoTime() - START) / 1e9);
    }

    /** Counts of one property's calls. */
    static final class Stats {
        final AtomicLong values = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
        final AtomicLong slowest = new AtomicLong();
        private String slowestInput = "";

        synchronized void add(Outcome o, long n, Object input) {
            (o == Outcome.VALUE ? values : errors).incrementAndGet();
            nanos.addAndGet(n);
            if (n > slowest.get()) {
                slowest.set(n);
                String s = show(input);
                slowestInput = s.length() > 300 ? s.substring(0, 300) + "..." : s;
            }
        }

        long calls() {
            return values.get() + errors.get();
        }
    }
}
