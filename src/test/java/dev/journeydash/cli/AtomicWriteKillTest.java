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

/** A generation killed while it writes leaves the previous workbook byte-identical and no partial .xlsx. */
class AtomicWriteKillTest {
    @TempDir
    Path dir;

    @Test
    void killingAGenerationMidWriteLeavesThePreviousOutputIntact() throws Exception {
        Path template = dir.resolve("bench.yaml");
        Path csv = dir.resolve("big.csv");
        Files.writeString(template, SyntheticData.template());
        SyntheticData.csv(csv, 400_000);
        Path out = dir.resolve("out").resolve("dashboard.xlsx");
        Files.createDirectories(out.getParent());
        byte[] previous = "the previous workbook".getBytes();
        Files.write(out, previous);

        Path systemTemp = Files.createDirectories(dir.resolve("system-temp"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + systemTemp, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate", "--quiet",
                "--template", template.toString(), "--data", csv.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (temporaryFiles(out.getParent()).isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child was still working when its temporary file appeared").isTrue();
            Thread.sleep(300);
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(out)).as("previous output").isEqualTo(previous);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files.filter(p -> p.toString().endsWith(".xlsx")).toList()).containsExactly(out);
        }
        assertThat(temporaryFiles(out.getParent())).as("the killed run's temporary file").isNotEmpty();
        try (Stream<Path> files = Files.list(systemTemp)) {
            assertThat(files.toList()).as("left in the system temp folder").isEmpty();
        }

        // the next run replaces the output and clears what the killed run left
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute("generate", "-q", "--template", "templates/ecommerce.yaml", "--data",
                "sample-data/ecommerce.csv", "--out", out.toString())).isZero();
        assertThat(Files.readAllBytes(out)).isNotEqualTo(previous);
        assertThat(temporaryFiles(out.getParent())).isEmpty();
    }

    private static List<Path> temporaryFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
