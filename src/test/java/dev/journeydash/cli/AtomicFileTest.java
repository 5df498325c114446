package dev.journeydash.cli;

import dev.journeydash.io.AtomicFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link AtomicFile} leaves in the output folder when a write fails, and which temporary
 * files of other runs its clean-up removes (the killed run itself: {@link AtomicWriteKillTest}).
 */
class AtomicFileTest {
    private static final byte[] PREVIOUS = "yesterday's dashboard, not to be lost".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void theCleanUpRemovesOnlyOldUnlockedTemporaryFilesOfTheSameOutput() throws Exception {
        Path target = dir.resolve("dashboard.xlsx");
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        Path stale = dir.resolve(".dashboard.xlsx.123.tmp");
        Path writing = dir.resolve(".dashboard.xlsx.456.tmp");
        Path newer = dir.resolve(".dashboard.xlsx.789.tmp");
        Path notOurs = dir.resolve(".dashboard.xlsx.backup.tmp");
        Path otherOutput = dir.resolve(".other.xlsx.123.tmp");
        for (Path p : List.of(stale, writing, newer, notOurs, otherOutput)) {
            Files.writeString(p, "partial");
            Files.setLastModifiedTime(p, hourAgo);
        }
        Files.setLastModifiedTime(newer, FileTime.from(Instant.now().plusSeconds(3600)));

        // "writing" is locked, as the temporary file of a run still writing is
        try (FileChannel channel = FileChannel.open(writing, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            AtomicFile.write(target, o -> o.write(PREVIOUS));
        }

        assertThat(stale).doesNotExist();
        assertThat(list(dir)).containsExactlyInAnyOrder(target, writing, newer, notOurs, otherOutput);
        assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
    }

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("dashboard.xlsx");
        Files.write(target, PREVIOUS);

        assertThatThrownBy(() -> AtomicFile.write(target, o -> {
            o.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThatThrownBy(() -> AtomicFile.write(target, o -> {
            o.write(new byte[100_000]);
            throw new IllegalStateException("a bug while rendering");
        })).hasMessage("a bug while rendering");

        assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void aBodyThatClosesTheStreamStillWritesTheWholeFile() throws IOException {
        Path target = dir.resolve("dashboard.xlsx");

        AtomicFile.write(target, o -> {
            o.write(PREVIOUS);
            o.close();
        });

        assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void aGenerationThatFailsOnInvalidInputLeavesThePreviousFileAndCreatesNothing() throws IOException {
        Path target = dir.resolve("dashboard.xlsx");
        Files.write(target, PREVIOUS);

        for (String[] input : new String[][] {
            {"src/test/resources/invalid/templates/target-zero.yaml", "sample-data/ecommerce.csv"},
            {"src/test/resources/invalid/templates/binary.yaml", "sample-data/ecommerce.csv"},
            {"templates/ecommerce.yaml", "src/test/resources/invalid/data/several-errors.csv"},
            {"templates/ecommerce.yaml", "src/test/resources/invalid/data/binary.csv"},
            {"templates/ecommerce.yaml", "src/test/resources/invalid/data/unterminated-quote.csv"},
        }) {
            CliRun r = run("generate", "-t", input[0], "-d", input[1], "-o", target.toString());

            assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(Files.readAllBytes(target)).isEqualTo(PREVIOUS);
            assertThat(list(dir)).containsExactly(target);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
