package dev.journeydash.xlsx;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.zip.ZipEntry;

/**
 * Copies the zip that POI wrote into the final file: fixed entry times so that equal inputs
 * give equal bytes, entries recompressed at the chosen level, and optionally some parts rewritten
 * on the fly (the raw-data sheets, whose rows are streamed in here rather than held by POI).
 */
final class ReproducibleZip {
    /** Rewrites one part while it is copied: gets the part as POI wrote it, writes the final part. */
    interface PartRewriter {
        void rewrite(String original, OutputStream out) throws IOException;
    }

    private ReproducibleZip() { }

    /** The earliest time a zip entry holds, in the local time fields the zip stores. */
    private static long fixedTime() {
        return LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    /**
     * Copies {@code zip} (a whole zip file's bytes) to {@code out}, as the class comment says: the
     * parts named in {@code rewriters} through their rewriter, at {@code partLevel}.
     */
    static void rewrite(byte[] zip, int level, Map<String, PartRewriter> rewriters, int partLevel, OutputStream out)
            throws IOException {
        long time = fixedTime();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipArchiveOutputStream z = new ZipArchiveOutputStream(new NonClosing(out))) {
            z.setUseZip64(Zip64Mode.AsNeeded);
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setTime(time);
                copy.setMethod(ZipEntry.DEFLATED);
                PartRewriter rewriter = rewriters.get(e.getName());
                z.setLevel(rewriter != null ? partLevel : level);
                z.putArchiveEntry(copy);
                try (InputStream data = in.getInputStream(e)) {
                    if (rewriter != null) {
                        rewriter.rewrite(new String(data.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), z);
                    } else {
                        data.transferTo(z);
                    }
                }
                z.closeArchiveEntry();
            }
            z.finish();
        }
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
