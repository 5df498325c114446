package dev.journeydash.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a zip with fixed entry times and a chosen compression level, so equal inputs give equal bytes. */
final class ReproducibleZip {
    /** The earliest time a zip entry can hold, as local date-time fields (no time zone involved). */
    private static final java.time.LocalDateTime FIXED_TIME = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReproducibleZip() { }

    static void rewrite(byte[] zip, int level, OutputStream out) throws IOException {
        ZipOutputStream z = new ZipOutputStream(out);
        z.setLevel(level);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
        z.flush();
    }
}
