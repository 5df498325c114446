package dev.journeydash.cli;

import dev.journeydash.bench.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A refresh killed while it writes leaves the workbook byte-identical; the next refresh completes. */
class RefreshKillTest {
    @TempDir
    Path dir;

    @Test
    void killingARefreshMidWriteLeavesTheWorkbookIntact() throws Exception {
        Path template = Files.writeString(dir.resolve("bench.yaml"), SyntheticData.template());
        Path csv = dir.resolve("big.csv");
        SyntheticData.csv(csv, 400_000);
        Path out = Files.createDirectories(dir.resolve("out")).resolve("dashboard.xlsx");
        assertThat(run("generate", "-q", "--template", template.toString(), "--data", csv.toString(), "--out", out.toString()))
                .isZero();
        byte[] before = Files.readAllBytes(out);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "refresh", "--quiet",
                "--workbook", out.toString(), "--data", csv.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (temporaryFiles(out.getParent(), "dashboard.xlsx.").isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child was still writing when its temporary file appeared: "
                    + Files.readString(dir.resolve("child.log"))).isTrue();
            Thread.sleep(300);
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(out)).as("the workbook after a killed refresh").isEqualTo(before);

        // the next refresh completes and clears what the killed one left
        assertThat(run("refresh", "-q", "--workbook", out.toString(), "--data", csv.toString())).isZero();
        assertThat(temporaryFiles(out.getParent(), "")).isEmpty();
        assertThat(Files.readAllBytes(out.resolveSibling("dashboard.previous.xlsx"))).isEqualTo(before);
    }

    private static int run(String... args) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    /** Temporary files in {@code dir} of the file named {@code name} (of any file when empty): {@code .<name>.<digits>.tmp}. */
    private static List<Path> temporaryFiles(Path dir, String name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") && n.startsWith("." + name)).map(dir::resolve).toList();
        }
    }
}
