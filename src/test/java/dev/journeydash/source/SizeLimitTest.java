package dev.journeydash.source;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.csv.CsvSource;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Files far larger than any real one are refused before they are read (sparse files: nothing is written to disk). */
class SizeLimitTest {
    @TempDir
    Path dir;

    private Path sparse(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }

    @Test
    void aHugeDataFileIsRefusedAtOnce() throws Exception {
        Journey journey = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));
        Path huge = sparse("huge.csv", CsvSource.MAX_BYTES + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
                assertThatThrownBy(() -> DataSources.read(huge, journey, ReadOptions.DETECT)).isInstanceOf(InputException.class)
                        .hasMessage(huge + ": the file is 1,073,741,825 bytes; the limit is 1,073,741,824 bytes"));
    }

    @Test
    void aHugeTemplateIsRefusedAtOnce() throws Exception {
        Path huge = sparse("huge.yaml", 50L << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
                assertThatThrownBy(() -> TemplateLoader.load(huge)).isInstanceOf(InputException.class)
                        .hasMessageStartingWith(huge + ": the file is 52,428,800 bytes; a template is at most"));
    }
}
