package dev.journeydash.cli;

import dev.journeydash.model.Progress;

import java.io.PrintWriter;

/**
 * Shows the phase and rows processed on one terminal line, redrawn at most four times a second,
 * and only once the run has taken longer than two seconds, so short runs print nothing.
 */
final class TerminalProgress implements Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private String phase = "";
    private boolean drawn;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void phase(String name) {
        phase = name;
        draw(-1, true);
    }

    @Override
    public void rows(long rows) {
        draw(rows, false);
    }

    private void draw(long rows, boolean force) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS || (!force && now - lastDraw < REDRAW_NANOS)) {
            return;
        }
        lastDraw = now;
        String line = String.format("%5.1fs  %s%s", (now - start) / 1e9, phase,
                rows >= 0 ? String.format(": %,d rows", rows) : "");
        err.print("\r" + line + " ".repeat(Math.max(0, 60 - line.length())));
        err.flush();
        drawn = true;
    }

    /** Ends the progress line, if one was drawn. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(70) + "\r");
            err.flush();
        }
    }
}
