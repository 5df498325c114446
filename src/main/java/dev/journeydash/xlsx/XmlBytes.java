package dev.journeydash.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes for streamed sheet XML: markup, digits and numbers appended as
 * bytes directly, without a {@code StringBuilder} or a charset encoder between (the raw rows are
 * markup, row numbers, shared-string indexes and numbers: ASCII).
 */
final class XmlBytes {
    private byte[] bytes;
    private int length;

    XmlBytes(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    private void room(int n) {
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + n, 2 * bytes.length));
        }
    }

    XmlBytes append(byte[] b) {
        return append(b, 0, b.length);
    }

    XmlBytes append(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, bytes, length, len);
        length += len;
        return this;
    }

    /** Appends {@code s} as UTF-8 (a byte per character while it is ASCII). */
    XmlBytes append(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                length -= i;
                return append(s.getBytes(StandardCharsets.UTF_8));
            }
            bytes[length + i] = (byte) c;
        }
        length += n;
        return this;
    }

    /** Appends {@code v} in decimal digits, with a minus sign when negative. */
    XmlBytes digits(long v) {
        room(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return append(Long.toString(v));
            }
            bytes[length++] = '-';
            v = -v;
        }
        int n = 1;
        for (long t = v; t >= 10; t /= 10) {
            n++;
        }
        for (int i = length + n - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += n;
        return this;
    }

    /** Appends a number as the XML holds it: whole numbers without a fraction, others in Java's shortest round-trip form. */
    XmlBytes number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return digits((long) v);
        }
        return append(Double.toString(v));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
