package dev.journeydash.source.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/** Counts lines as the CSV parser reads, so that a record's character position gives its line. */
final class LineCountingReader extends Reader {
    private final Reader in;
    /** Characters read so far. */
    private long position;
    /** Positions of the newlines read so far, ascending; the first {@code count} are used. */
    private long[] newlines = new long[1024];
    private int count;

    LineCountingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            if (buf[off + i] == '\n') {
                if (count == newlines.length) {
                    newlines = Arrays.copyOf(newlines, count * 2);
                }
                newlines[count++] = position + i;
            }
        }
        if (n > 0) {
            position += n;
        }
        return n;
    }

    /** 1-based line of the character at {@code pos} (0-based), a position read already. */
    int lineOf(long pos) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (newlines[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
