package dev.journeydash.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file kept back until another piece of work is done: moved into place only when it is. */
class OutputReadyTest {
    @TempDir
    Path dir;

    @Test
    void theFileAppearsOnlyOnceReadyPasses() throws Exception {
        Path file = dir.resolve("book.xlsx");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                Output.file(file, () -> {
                    written.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }).write(out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            } catch (OutputException e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(file).as("written, but kept back").doesNotExist();
        release.countDown();
        t.join(10_000);
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void whenReadyFailsTheOldFileStaysAndNoTemporaryFileIsLeft() throws Exception {
        Path file = Files.writeString(dir.resolve("book.xlsx"), "old");

        assertThatThrownBy(() -> Output.file(file, () -> {
            throw new IOException("the report could not be made");
        }).write(out -> out.write("new".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(OutputException.class)
                .hasRootCauseMessage("the report could not be made");

        assertThat(Files.readString(file)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
