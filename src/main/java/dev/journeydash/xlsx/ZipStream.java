package dev.journeydash.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a standard zip archive to a stream that is never sought back: every entry deflated, its
 * CRC and sizes in a data descriptor after the data (general purpose bit 3) and in the central
 * directory; the fixed time 1980-01-01 00:00 on every entry and nothing else that varies, so that
 * equal entries give equal bytes. The headers are the ones commons-compress writes for the same
 * entries (version 2.0, UTF-8 names, no extra fields). An entry's data may be compressed on several
 * threads ({@link BlockDeflater}) and stays one deflate stream. No ZIP64: an archive or an entry
 * past 4 GiB, or more than 65,535 entries, is refused with an {@link IOException}.
 */
final class ZipStream implements AutoCloseable {
    private static final long LIMIT = 0xFFFF_FFFFL;
    /** DOS date 1980-01-01 (high half) and time 00:00 (low half). */
    private static final int DOS_TIME = 0x0021_0000;
    private static final int FLAGS = 0x0808;
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;

    private final CountingOut out;
    private final List<Written> written = new ArrayList<>();
    private BlockDeflater open;
    private String openName;
    private boolean finished;

    /** What the central directory repeats of an entry. */
    private record Written(byte[] name, long offset, int crc, long compressed, long size) { }

    /** An archive written to {@code out}; {@link #close()} writes the central directory, not closing {@code out}. */
    ZipStream(OutputStream out) {
        this.out = new CountingOut(out);
    }

    /**
     * Starts an entry and returns the stream its uncompressed data goes to; closing that stream
     * ends the entry (and must come before the next entry). {@code level} is the deflate level,
     * 0 to 9; {@code threads} how many threads may compress it (1: this thread alone); the bytes
     * are the same for any number of threads.
     */
    BlockDeflater entry(String name, int level, int threads) throws IOException {
        if (open != null) {
            throw new IllegalStateException("the entry " + openName + " is still open, " + name + " cannot start");
        }
        if (written.size() == 0xFFFF) {
            throw new IOException("a zip without ZIP64 holds at most 65,535 entries");
        }
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        long offset = out.count;
        checkLimit(offset, name);
        ByteArrayOutputStream h = new ByteArrayOutputStream(30 + bytes.length);
        int32(h, 0x04034B50);
        int16(h, VERSION);
        int16(h, FLAGS);
        int16(h, DEFLATED);
        int32(h, DOS_TIME);
        int32(h, 0);
        int32(h, 0);
        int32(h, 0);
        int16(h, bytes.length);
        int16(h, 0);
        h.write(bytes);
        h.writeTo(out);
        openName = name;
        open = new BlockDeflater(out, level, threads, BlockDeflater.BLOCK_SIZE, (crc, compressed, size) -> {
            checkLimit(size, name);
            checkLimit(compressed, name);
            ByteArrayOutputStream d = new ByteArrayOutputStream(16);
            int32(d, 0x08074B50);
            int32(d, crc);
            int32(d, (int) compressed);
            int32(d, (int) size);
            d.writeTo(out);
            written.add(new Written(bytes, offset, crc, compressed, size));
            open = null;
        });
        return open;
    }

    private static void checkLimit(long n, String name) throws IOException {
        if (n > LIMIT) {
            throw new IOException("the zip entry " + name + " passes 4 GiB, and this writer writes no ZIP64");
        }
    }

    /** Writes the central directory and its end record; the underlying stream is flushed, not closed. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        if (open != null) {
            throw new IllegalStateException("an entry is still open");
        }
        finished = true;
        long start = out.count;
        checkLimit(start, "central directory");
        ByteArrayOutputStream c = new ByteArrayOutputStream(64 * written.size() + 22);
        for (Written w : written) {
            int32(c, 0x02014B50);
            int16(c, VERSION);
            int16(c, VERSION);
            int16(c, FLAGS);
            int16(c, DEFLATED);
            int32(c, DOS_TIME);
            int32(c, w.crc());
            int32(c, (int) w.compressed());
            int32(c, (int) w.size());
            int16(c, w.name().length);
            int16(c, 0);
            int16(c, 0);
            int16(c, 0);
            int16(c, 0);
            int32(c, 0);
            int32(c, (int) w.offset());
            c.write(w.name());
        }
        int directory = c.size();
        int32(c, 0x06054B50);
        int16(c, 0);
        int16(c, 0);
        int16(c, written.size());
        int16(c, written.size());
        int32(c, directory);
        int32(c, (int) start);
        int16(c, 0);
        c.writeTo(out);
        out.flush();
    }

    private static void int16(ByteArrayOutputStream b, int v) {
        b.write(v & 0xFF);
        b.write((v >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream b, int v) {
        int16(b, v & 0xFFFF);
        int16(b, v >>> 16);
    }

    /** Counts the bytes written, for the entries' offsets. */
    private static final class CountingOut extends OutputStream {
        private final OutputStream out;
        long count;

        CountingOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
