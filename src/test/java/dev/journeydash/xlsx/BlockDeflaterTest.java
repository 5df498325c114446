package dev.journeydash.xlsx;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.assertj.core.api.Assertions.assertThat;

/** Raw deflate in independent blocks: one valid stream, the same bytes for any number of threads. */
class BlockDeflaterTest {
    private static final int BLOCK = 4096;

    /** What a compression gives: the bytes, and the CRC and sizes reported at close. */
    private record Compressed(byte[] bytes, int crc, long compressed, long size) { }

    private static Compressed deflate(byte[] data, int level, int threads, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Compressed[] result = new Compressed[1];
        BlockDeflater d = new BlockDeflater(out, level, threads, BLOCK,
                (crc, compressed, size) -> result[0] = new Compressed(null, crc, compressed, size));
        for (int off = 0; off < data.length; off += chunk) {
            d.write(data, off, Math.min(chunk, data.length - off));
        }
        d.close();
        return new Compressed(out.toByteArray(), result[0].crc(), result[0].compressed(), result[0].size());
    }

    private static byte[] inflate(byte[] deflated) throws DataFormatException {
        Inflater inf = new Inflater(true);
        inf.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!inf.finished()) {
            int n = inf.inflate(buf);
            if (n == 0 && !inf.finished() && inf.needsInput()) {
                throw new AssertionError("the stream ends before its final block");
            }
            out.write(buf, 0, n);
        }
        assertThat(inf.getRemaining()).as("bytes after the final block").isZero();
        inf.end();
        return out.toByteArray();
    }

    /** XML-like text with two- and three-byte UTF-8 characters, so that block cuts fall inside them. */
    private static byte[] text(int bytes) {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(bytes);
        while (sb.length() < bytes) {
            sb.append("<row r=\"").append(sb.length()).append("\"><c s=\"3\"><v>").append(r.nextInt(100_000))
                    .append("</v></c><c t=\"s\"><v>Zürich – Straße €").append(r.nextInt(9)).append("</v></c></row>");
        }
        return Arrays.copyOf(sb.toString().getBytes(StandardCharsets.UTF_8), bytes);
    }

    private static int crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return (int) c.getValue();
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, BLOCK - 1, BLOCK, BLOCK + 1, 2 * BLOCK, 7 * BLOCK / 2, 40 * BLOCK + 17})
    void inflatesToTheInputWithItsCrcAndTheSameBytesOnAnyNumberOfThreads(int size) throws Exception {
        byte[] data = text(size);
        Compressed one = deflate(data, 1, 1, 1000);
        assertThat(inflate(one.bytes())).as("inflated").isEqualTo(data);
        assertThat(one.crc()).as("CRC-32").isEqualTo(crc(data));
        assertThat(one.size()).isEqualTo(size);
        assertThat(one.compressed()).isEqualTo(one.bytes().length);
        for (int threads : new int[] {2, 4}) {
            for (int chunk : new int[] {1, 777, 65536}) {
                assertThat(deflate(data, 1, threads, chunk).bytes()).as("%d threads, writes of %d bytes", threads, chunk)
                        .isEqualTo(one.bytes());
            }
        }
    }

    /** A head written as a stream, then pieces of varied sizes (some larger than a block, one empty), then a tail. */
    private static Compressed deflatePieces(byte[] head, byte[][] pieces, byte[] tail, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Compressed[] result = new Compressed[1];
        java.util.List<Integer> written = new java.util.ArrayList<>();
        BlockDeflater d = new BlockDeflater(out, 1, threads, BLOCK,
                (crc, compressed, size) -> result[0] = new Compressed(null, crc, compressed, size));
        d.write(head, 0, head.length);
        d.pieces(pieces.length, (k, into) -> into.append(pieces[k]), written::add);
        d.write(tail, 0, tail.length);
        d.close();
        assertThat(written).as("pieces heard of in order").containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, pieces.length).boxed().toList());
        return new Compressed(out.toByteArray(), result[0].crc(), result[0].compressed(), result[0].size());
    }

    @Test
    void piecesMadeOnThePoolInflateToTheirJoinInOrderAndGiveTheSameBytesOnAnyNumberOfThreads() throws Exception {
        byte[] all = text(60 * BLOCK + 123);
        int[] cuts = {0, 3 * BLOCK, 3 * BLOCK, 3 * BLOCK + 1, 10 * BLOCK, 25 * BLOCK + 7, 59 * BLOCK, 60 * BLOCK};
        byte[] head = Arrays.copyOfRange(all, 0, 100);
        byte[][] pieces = new byte[cuts.length - 1][];
        for (int k = 0; k + 1 < cuts.length; k++) {
            pieces[k] = Arrays.copyOfRange(all, 100 + cuts[k], 100 + cuts[k + 1]);
        }
        byte[] tail = Arrays.copyOfRange(all, 100 + 60 * BLOCK, all.length);
        Compressed one = deflatePieces(head, pieces, tail, 1);
        assertThat(inflate(one.bytes())).as("inflated").isEqualTo(all);
        assertThat(one.crc()).as("CRC-32").isEqualTo(crc(all));
        assertThat(one.size()).isEqualTo(all.length);
        assertThat(one.compressed()).isEqualTo(one.bytes().length);
        for (int threads : new int[] {2, 3, 4}) {
            assertThat(deflatePieces(head, pieces, tail, threads).bytes()).as("%d threads", threads).isEqualTo(one.bytes());
        }
    }

    @Test
    void aPieceThatFailsFailsTheStreamWithItsOwnException() {
        BlockDeflater d = new BlockDeflater(new ByteArrayOutputStream(), 1, 2, BLOCK, (crc, compressed, size) -> { });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.pieces(5, (k, into) -> {
            if (k == 3) {
                throw new IllegalStateException("piece 3");
            }
            into.append(text(BLOCK));
        }, k -> { })).isInstanceOf(IllegalStateException.class).hasMessage("piece 3");
    }

    @Test
    void dataOfOneBlockDeflatesAsOneDeflaterStream() throws IOException {
        byte[] data = text(BLOCK);
        Deflater d = new Deflater(6, true);
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[2 * BLOCK];
        int n = d.deflate(buf);
        d.end();
        assertThat(deflate(data, 6, 4, 100).bytes()).isEqualTo(Arrays.copyOf(buf, n));
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 1, 6, 9})
    void everyLevelGivesAValidStream(int level) throws Exception {
        byte[] data = text(5 * BLOCK + 3);
        Random r = new Random(1);
        byte[] noise = new byte[3 * BLOCK];
        r.nextBytes(noise);
        byte[] both = Arrays.copyOf(data, data.length + noise.length);
        System.arraycopy(noise, 0, both, data.length, noise.length);
        Compressed c = deflate(both, level, 2, 5000);
        assertThat(inflate(c.bytes())).isEqualTo(both);
        assertThat(c.crc()).isEqualTo(crc(both));
    }

    @Test
    void combinedCrcsAreTheCrcOfTheWhole() {
        byte[] data = text(100_000);
        for (int cut : new int[] {0, 1, 4095, 50_000, 99_999, 100_000}) {
            int a = crc(Arrays.copyOfRange(data, 0, cut));
            int b = crc(Arrays.copyOfRange(data, cut, data.length));
            assertThat(BlockDeflater.combine(a, b, data.length - cut)).as("cut at %d", cut).isEqualTo(crc(data));
        }
    }
}
