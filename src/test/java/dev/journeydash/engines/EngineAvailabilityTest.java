package dev.journeydash.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class EngineAvailabilityTest {

    @TempDir
    Path dir;

    @Test
    void missingEngineFailsWithInstallHint() {
        assertThatThrownBy(() -> EngineAvailability.require("soffice", EngineAvailability.LIBREOFFICE_MISSING,
                dir.toString(), null))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("LibreOffice (soffice) not found: install libreoffice-calc-nogui (see .ci/run)");
        assertThatThrownBy(() -> EngineAvailability.require("ssconvert", EngineAvailability.GNUMERIC_MISSING,
                "", ""))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Gnumeric (ssconvert) not found: install gnumeric (see .ci/run)");
        assertThatThrownBy(() -> EngineAvailability.require("chromium", EngineAvailability.CHROMIUM_MISSING,
                dir.toString(), null))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Chromium (chromium) not found: install it with apt-get install chromium (see bin/test)")
                .hasMessageContaining("-Djourneydash.engines=skip");
    }

    @Test
    void missingEngineIsSkippedOnlyOnRequest() {
        assertThatThrownBy(() -> EngineAvailability.require("soffice", EngineAvailability.LIBREOFFICE_MISSING,
                dir.toString(), "skip"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("LibreOffice (soffice) not found: install libreoffice-calc-nogui (see .ci/run)");
        assertThatThrownBy(() -> EngineAvailability.require("chromium", EngineAvailability.CHROMIUM_MISSING,
                dir.toString(), "skip"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install chromium");
    }

    @Test
    void foundOnPath() throws IOException {
        Path exe = dir.resolve("soffice");
        Files.writeString(exe, "#!/bin/sh\n");
        exe.toFile().setExecutable(true);
        assertThat(EngineAvailability.require("soffice", "x", "/nonexistent:" + dir, null)).isEqualTo(exe);
    }

    @Test
    void timedOutEngineIsKilledWithItsChildren() throws IOException {
        Path childPid = dir.resolve("child.pid");
        long start = System.nanoTime();
        assertThatThrownBy(() -> EngineProcess.run(List.of("sh", "-c", "sleep 60 & echo $! > " + childPid + "; wait"),
                dir, Map.of(), Duration.ofSeconds(1)))
                .isInstanceOf(EngineProcess.EngineException.class)
                .hasMessageContaining("timed out after 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        long pid = Long.parseLong(Files.readString(childPid).trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("child sleep killed").isFalse();
    }
}
