package dev.journeydash.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate of a stream in independent blocks, as pigz does: the data is cut every
 * {@code blockSize} uncompressed bytes, each block is deflated on its own (no dictionary from the
 * block before), every block but the last ends with a sync flush (an empty stored block, which
 * leaves the stream on a byte boundary) and the last with the final block, so that the blocks
 * joined are one valid deflate stream. {@code threads} counts the calling thread, which makes the
 * data: the blocks are compressed on {@code threads - 1} others (on this thread when 1) and written
 * in order; at most {@code 2 x threads} blocks are in flight, so memory stays flat. (With two cores,
 * one deflating thread beside the one making the XML used less CPU than two.)
 * The cuts depend on the offsets alone: the bytes are the same for any number of threads, and
 * data that fits in one block deflates exactly as one {@link Deflater} stream would. The CRC-32
 * of each block is computed where it is compressed and the CRCs combined.
 *
 * <p>{@link #pieces} is the second way in: the caller names pieces that can be made
 * independently (a range of rows each), and each piece is made and deflated as one block on the
 * pool's {@code threads} threads, so that the XML is made on every core too. The cuts are then the
 * pieces', which depend on the caller's data alone: the bytes are still the same for any number of
 * threads.
 */
final class BlockDeflater extends OutputStream {
    /** 1 MiB of uncompressed data a block. */
    static final int BLOCK_SIZE = 1 << 20;

    /** Receives the entry's CRC-32, compressed and uncompressed sizes when the stream is closed. */
    interface Done {
        void done(int crc, long compressed, long size) throws IOException;
    }

    /** Makes piece {@code k}'s uncompressed bytes into {@code into}, which is empty; called on a pool thread. */
    interface Piece {
        void make(int k, XmlBytes into) throws IOException;
    }

    /** One block: its uncompressed bytes, then its compressed bytes and CRC. */
    private static final class Block {
        final XmlBytes in;
        byte[] out;
        int outLength;
        int crc;

        Block(int size) {
            in = new XmlBytes(size);
            out = new byte[size / 2 + 1024];
        }
    }

    /** A block's buffer starts at this size and grows to the block size: most parts are small. */
    private static final int FIRST_BUFFER = 1 << 14;

    private final OutputStream out;
    private final int blockSize;
    private final int level;
    private final int threads;
    private final Done done;
    private final ArrayDeque<Future<Block>> pending = new ArrayDeque<>();
    private final ArrayDeque<Block> free = new ArrayDeque<>();
    private ThreadPoolExecutor pool;
    private Block current;
    private int crc;
    private long compressed;
    private long size;
    private boolean closed;

    BlockDeflater(OutputStream out, int level, int threads, int blockSize, Done done) {
        if (level < 0 || level > 9) {
            throw new IllegalArgumentException("deflate level must be 0..9, not " + level);
        }
        this.out = out;
        this.level = level;
        this.threads = Math.max(1, threads);
        this.done = done;
        this.blockSize = blockSize;
        this.current = new Block(Math.min(blockSize, FIRST_BUFFER));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (current.in.length() == blockSize) {
                // a full block is sent only once more data follows: the last block is the one close() finishes
                submit(current, false);
                current = freeBlock();
            }
            int n = Math.min(len, blockSize - current.in.length());
            current.in.append(b, off, n);
            off += n;
            len -= n;
        }
    }

    private Block freeBlock() {
        Block b = free.isEmpty() ? new Block(blockSize) : free.pop();
        b.in.clear();
        return b;
    }

    /**
     * Ends the block being filled (when it holds anything) and adds {@code count} pieces, each
     * made by {@code piece} and deflated as one block on {@code threads} threads (this one waits
     * and writes them in order; at most {@code 2 x threads} in flight); {@code written} hears of
     * each piece written, on this thread. Data written after this starts a new block.
     */
    void pieces(int count, Piece piece, IntConsumer written) throws IOException {
        if (current.in.length() > 0) {
            submit(current, false);
            current = freeBlock();
        }
        while (!pending.isEmpty()) {
            writeHead();
        }
        ArrayDeque<Integer> order = new ArrayDeque<>();
        for (int k = 0; k < count; k++) {
            Block b = freeBlock();
            int index = k;
            if (threads == 1) {
                piece.make(k, b.in);
                writeBlock(compress(b, false));
                written.accept(k);
                continue;
            }
            pending.add(pool(threads).submit(() -> {
                piece.make(index, b.in);
                return compress(b, false);
            }));
            order.add(k);
            while (pending.size() > 2 * threads) {
                writeHead();
                written.accept(order.poll());
            }
        }
        while (!pending.isEmpty()) {
            writeHead();
            written.accept(order.poll());
        }
    }

    /** Writes the last block and every block still in flight, then reports the sizes; does not close the stream below. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            submit(current, true);
            while (!pending.isEmpty()) {
                writeHead();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        done.done(crc, compressed, size);
    }

    private void submit(Block b, boolean last) throws IOException {
        if (threads == 1 || (last && pending.isEmpty())) {
            writeBlock(compress(b, last));
            return;
        }
        pending.add(pool(threads - 1).submit(() -> compress(b, last)));
        while (pending.size() > 2 * threads) {
            writeHead();
        }
    }

    /** The pool, with {@code size} threads at least. */
    private ExecutorService pool(int size) {
        if (pool == null) {
            ThreadPoolExecutor p = new ThreadPoolExecutor(size, size, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> {
                        Thread t = new Thread(r, "journeydash-deflate");
                        t.setDaemon(true);
                        return t;
                    });
            // idle threads end by themselves, even if a failed write never closes this stream
            p.allowCoreThreadTimeOut(true);
            pool = p;
        } else if (pool.getMaximumPoolSize() < size) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        }
        return pool;
    }

    private void writeHead() throws IOException {
        try {
            writeBlock(pending.poll().get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e.getCause() instanceof IOException io ? io : new IOException("deflating a block failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating");
        }
    }

    private void writeBlock(Block b) throws IOException {
        out.write(b.out, 0, b.outLength);
        crc = combine(crc, b.crc, b.in.length());
        compressed += b.outLength;
        size += b.in.length();
        free.push(b);
    }

    /** Deflates one block: a sync flush at its end, or the final block when {@code last}. */
    private Block compress(Block b, boolean last) {
        CRC32 c = new CRC32();
        c.update(b.in.bytes(), 0, b.in.length());
        b.crc = (int) c.getValue();
        Deflater d = new Deflater(level, true);
        try {
            d.setInput(b.in.bytes(), 0, b.in.length());
            if (last) {
                d.finish();
            }
            int n = 0;
            while (true) {
                if (n == b.out.length) {
                    b.out = Arrays.copyOf(b.out, b.out.length * 2);
                }
                n += d.deflate(b.out, n, b.out.length - n, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                // a flush is complete when it left room in the buffer; the final block when the deflater says so
                if (last ? d.finished() : n < b.out.length) {
                    break;
                }
            }
            b.outLength = n;
            return b;
        } finally {
            d.end();
        }
    }

    /**
     * The CRC-32 of two pieces joined, from their CRCs and the second's length (zlib's
     * {@code crc32_combine}: appending {@code len2} zero bits is a linear map over GF(2), applied
     * by repeated squaring of its matrix).
     */
    static int combine(int crc1, int crc2, long len2) {
        if (len2 <= 0) {
            return crc1;
        }
        int[] even = new int[32];
        int[] odd = new int[32];
        odd[0] = 0xEDB88320;
        int row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        int c = crc1;
        do {
            square(even, odd);
            if ((len2 & 1) != 0) {
                c = times(even, c);
            }
            len2 >>= 1;
            if (len2 == 0) {
                break;
            }
            square(odd, even);
            if ((len2 & 1) != 0) {
                c = times(odd, c);
            }
            len2 >>= 1;
        } while (len2 != 0);
        return c ^ crc2;
    }

    private static int times(int[] mat, int vec) {
        int sum = 0;
        for (int i = 0; vec != 0; i++, vec >>>= 1) {
            if ((vec & 1) != 0) {
                sum ^= mat[i];
            }
        }
        return sum;
    }

    private static void square(int[] square, int[] mat) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(mat, mat[n]);
        }
    }
}
