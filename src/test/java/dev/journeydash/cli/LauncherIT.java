package dev.journeydash.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/journeydash on the packaged jar, as a user runs it: the first run makes the class-data
 * archive in the cache folder, later runs use it, and a run without it, with a damaged one or with
 * a stale one makes the same workbook, byte for byte.
 */
class LauncherIT {
    @TempDir
    Path dir;

    private record Run(int exit, String output) { }

    private Run launch(Map<String, String> env, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bin/journeydash", "generate", "--quiet", "-t", "templates/ecommerce.yaml",
                "-d", "sample-data/ecommerce.csv", "-o", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SOURCE_DATE_EPOCH", "0");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        return new Run(p.waitFor(), output);
    }

    private List<Path> archives(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cache)) {
            return s.toList();
        }
    }

    @Test
    void theArchiveIsMadeOnceUsedAfterAndNeverChangesTheWorkbook() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("JOURNEYDASH_CACHE", cache.toString());

        Run without = launch(Map.of("JOURNEYDASH_CDS", "off", "JOURNEYDASH_CACHE", cache.toString()), dir.resolve("plain.xlsx"));
        assertThat(without.exit()).as(without.output()).isZero();
        assertThat(archives(cache)).as("no archive with JOURNEYDASH_CDS=off").isEmpty();

        Run first = launch(env, dir.resolve("first.xlsx"));
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).doesNotContain("warning").doesNotContain("cds");
        List<Path> made = archives(cache);
        assertThat(made).hasSize(1);
        assertThat(made.get(0).getFileName().toString()).matches("journeydash-\\d+\\.jsa");
        FileTime madeAt = Files.getLastModifiedTime(made.get(0));

        Run second = launch(env, dir.resolve("second.xlsx"));
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(archives(cache)).containsExactlyElementsOf(made);
        assertThat(Files.getLastModifiedTime(made.get(0))).as("used, not made again").isEqualTo(madeAt);

        byte[] plain = Files.readAllBytes(dir.resolve("plain.xlsx"));
        assertThat(Files.readAllBytes(dir.resolve("first.xlsx"))).isEqualTo(plain);
        assertThat(Files.readAllBytes(dir.resolve("second.xlsx"))).isEqualTo(plain);
    }

    @Test
    void aDamagedArchiveIsIgnoredAndAStaleOneMadeAgain() throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("JOURNEYDASH_CACHE", cache.toString());
        assertThat(launch(env, dir.resolve("a.xlsx")).exit()).isZero();
        Path archive = archives(cache).get(0);
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(60)));

        Run damaged = launch(env, dir.resolve("b.xlsx"));
        assertThat(damaged.exit()).as(damaged.output()).isZero();
        assertThat(damaged.output()).doesNotContain("warning");
        assertThat(Files.readAllBytes(dir.resolve("b.xlsx"))).isEqualTo(Files.readAllBytes(dir.resolve("a.xlsx")));

        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        Run stale = launch(env, dir.resolve("c.xlsx"));
        assertThat(stale.exit()).as(stale.output()).isZero();
        assertThat(Files.size(archive)).as("made again: older than the jar").isGreaterThan(1_000_000);
    }

    @Test
    void aFailedRunLeavesNoArchive() throws Exception {
        Path cache = dir.resolve("cache");
        ProcessBuilder pb = new ProcessBuilder("bin/journeydash", "generate", "-t", "templates/ecommerce.yaml", "-d",
                dir.resolve("missing.csv").toString(), "-o", dir.resolve("x.xlsx").toString()).redirectErrorStream(true);
        pb.environment().put("JOURNEYDASH_CACHE", cache.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();

        assertThat(p.waitFor()).isEqualTo(3);
        assertThat(archives(cache)).isEmpty();
    }
}
