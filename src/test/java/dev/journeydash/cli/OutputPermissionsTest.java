package dev.journeydash.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook is written through a private temporary file, but ends up readable like any new file. */
class OutputPermissionsTest {
    @TempDir
    Path dir;

    private int generate(Path out) {
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute("generate", "-q", "--template", "templates/ecommerce.yaml", "--data", "sample-data/ecommerce.csv",
                "--out", out.toString());
    }

    @Test
    void aNewWorkbookIsReadableByOthers() throws IOException {
        Path out = dir.resolve("new.xlsx");
        assertThat(generate(out)).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }

    @Test
    void aReplacedWorkbookKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("shared.xlsx");
        Files.writeString(out, "previous");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(generate(out)).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw-r--");
        assertThat(Files.size(out)).isGreaterThan(10_000);
    }
}
