package dev.journeydash.text;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects the output up to a number of characters; one more and rendering stops. It also stops
 * when the rendering thread was interrupted (the time limit), between two writes.
 */
final class LimitedWriter extends Writer {
    private final StringBuilder out = new StringBuilder();
    private final int max;

    /** @param max most characters of output */
    LimitedWriter(int max) {
        this.max = max;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        room(len);
        out.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        room(len);
        out.append(str, off, off + len);
    }

    @Override
    public void write(int c) throws IOException {
        room(1);
        out.append((char) c);
    }

    private void room(int len) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
        if (len > max - out.length()) {
            throw new TooLong(max);
        }
    }

    @Override
    public void flush() {
        // collected in memory
    }

    @Override
    public void close() {
        // collected in memory
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The output would have been longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(int max) {
            super(String.format("the output is longer than %,d characters", max));
        }
    }

    /** The rendering thread was interrupted by the time limit. */
    static final class Stopped extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
