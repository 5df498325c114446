package dev.journeydash.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;

/**
 * Copies the zip that POI wrote into the final file ({@link ZipStream}): fixed entry times so that
 * equal inputs give equal bytes, entries recompressed at the chosen level, and optionally some parts rewritten
 * on the fly (the raw-data sheets, whose rows are streamed in here rather than held by POI).
 */
final class ReproducibleZip {
    /** Rewrites one part while it is copied: gets the part as POI wrote it, writes the final part. */
    interface PartRewriter {
        void rewrite(String original, BlockDeflater out) throws IOException;
    }

    private ReproducibleZip() { }

    /**
     * Copies {@code zip} (a whole zip file's bytes) to {@code out}, as the class comment says: the
     * parts named in {@code rewriters} through their rewriter, at {@code partLevel}, deflated on
     * {@code threads} threads (the bytes are the same for any number).
     */
    static void rewrite(byte[] zip, int level, Map<String, PartRewriter> rewriters, int partLevel, int threads,
                        OutputStream out) throws IOException {
        // a part or the archive is closed only when complete: a failed write leaves them unfinished
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            ZipStream z = new ZipStream(out);
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                PartRewriter rewriter = rewriters.get(e.getName());
                BlockDeflater part = z.entry(e.getName(), rewriter != null ? partLevel : level, rewriter != null ? threads : 1);
                try (InputStream data = in.getInputStream(e)) {
                    if (rewriter != null) {
                        rewriter.rewrite(new String(data.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), part);
                    } else {
                        data.transferTo(part);
                    }
                }
                part.close();
            }
            z.close();
        }
    }
}
