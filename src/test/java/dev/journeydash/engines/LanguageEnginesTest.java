package dev.journeydash.engines;

import dev.journeydash.Samples;
import dev.journeydash.labels.Labels;
import dev.journeydash.xlsx.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LibreOffice, on a machine whose locale is English (C.UTF-8), shows the month names of the
 * workbook's language from the LCID in its date formats ({@code [$-421]mmm yyyy}): the Dashboard
 * exported as UTF-8 text, cells as shown, has the selected period as "Des 2025" in Indonesian and
 * "Dez 2025" in German, and no "Dec 2025".
 */
class LanguageEnginesTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeShowsTheLanguagesMonthNamesFromTheLocaleCodeOfTheDateFormat() throws IOException {
        Path soffice = EngineAvailability.requireLibreOffice();
        var results = Samples.SAAS.results();
        List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                "--outdir", dir.resolve("out").toString()));
        for (String code : List.of("id", "de")) {
            Path xlsx = dir.resolve(code + ".xlsx");
            Files.write(xlsx, Samples.workbook(results, RenderOptions.builder().labels(Labels.of(code)).build()));
            cmd.add(xlsx.toString());
        }
        EngineProcess.Result r = EngineProcess.run(cmd, dir, Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"),
                Duration.ofSeconds(180));
        String id = Files.readString(dir.resolve("out/id.csv"), StandardCharsets.UTF_8);
        String de = Files.readString(dir.resolve("out/de.csv"), StandardCharsets.UTF_8);
        assertThat(id).as(r.describe()).contains("Des 2025").doesNotContain("Dec 2025");
        assertThat(de).as(r.describe()).contains("Dez 2025").doesNotContain("Dec 2025");
    }
}
