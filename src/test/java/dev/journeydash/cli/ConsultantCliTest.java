package dev.journeydash.cli;

import dev.journeydash.library.TemplateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** templates, init and batch from the command line: what they print, their exit codes, what they leave. */
class ConsultantCliTest {
    @TempDir
    Path dir;

    @Test
    void templatesListsEachBuiltInJourneyOnOneLine() {
        CliRun r = CliRun.of("templates");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        String[] lines = r.out().split("\\R");
        for (int i = 0; i < TemplateLibrary.NAMES.size(); i++) {
            assertThat(lines[i]).startsWith(TemplateLibrary.NAMES.get(i) + " ");
        }
        assertThat(lines[1]).matches("saas +6 stages, 16 KPIs  SaaS customer journey: From first visit to paying, .*");
        assertThat(r.out()).contains("journeydash init --template NAME --client \"Client name\" FOLDER");
    }

    @Test
    void initThenGenerateInTheFolder() throws IOException {
        Path folder = dir.resolve("acme");

        CliRun init = CliRun.of("init", "--template", "agency", "--client", "Acme Studio", folder.toString());

        assertThat(init.exit()).as(init.err()).isEqualTo(ExitCodes.OK);
        assertThat(init.out()).startsWith("Wrote " + folder + " for Acme Studio: agency.yaml, brand.yaml, data.csv, README.md");
        Path out = folder.resolve("agency.xlsx");
        CliRun gen = CliRun.of("generate", "-t", folder.resolve("agency.yaml").toString(), "-d",
                folder.resolve("data.csv").toString(), "-o", out.toString());
        assertThat(gen.exit()).as(gen.err()).isEqualTo(ExitCodes.OK);
        assertThat(out).isNotEmptyFile();

        CliRun again = CliRun.of("init", "--template", "agency", "--client", "Acme Studio", folder.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(again.err()).contains("the folder is not empty");
        CliRun unknown = CliRun.of("init", "--template", "crm", "--client", "X", dir.resolve("x").toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void batchSaysWhichClientsFailedAndExitsFive() throws IOException {
        Path manifest = Files.writeString(dir.resolve("clients.csv"), String.join("\n",
                "client,template,data,brand,lang,out",
                "Shop A," + abs("templates/ecommerce.yaml") + "," + abs("sample-data/ecommerce.csv") + ",,,",
                "Shop B," + abs("templates/ecommerce.yaml") + ",missing.csv,,,",
                "Firm C," + abs("templates/agency.yaml") + "," + abs("sample-data/agency.csv") + ",,,firm-c.xlsx", ""));

        CliRun r = CliRun.of("batch", manifest.toString(), "--html");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(r.out()).contains("Shop A: wrote " + dir.resolve("output/shop-a.xlsx") + ", " + dir.resolve("output/shop-a.html")
                + ": 5 stages, 15 KPIs, 24 periods (Jan 2024 to Dec 2025); journey score ")
                .contains("Firm C: wrote " + dir.resolve("firm-c.xlsx"));
        assertThat(r.err()).contains("Shop B (" + manifest + " line 3) failed, nothing written:\n  " + dir.resolve("missing.csv")
                + ": the data file does not exist").endsWith("2 clients made, 1 failed: Shop B\n");
        try (Stream<Path> files = Files.list(dir.resolve("output"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shop-a.xlsx", "shop-a.html");
        }
    }

    @Test
    void aBatchWhoseClientsAllSucceedExitsZeroAndABadManifestRunsNone() throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.yaml"), "clients:\n  - client: Solo\n    template: "
                + abs("templates/saas.yaml") + "\n    data: " + abs("sample-data/saas.csv") + "\n");
        CliRun r = CliRun.of("batch", ok.toString(), "--threads", "1");
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).endsWith("1 client made (" + r.out().replaceAll("(?s).*\\((\\S+) ms.*", "$1") + " ms of work on 1 "
                + "thread)\n");

        Path bad = Files.writeString(dir.resolve("bad.csv"), "client,data\nA,a.csv\nA,b.csv\n");
        CliRun b = CliRun.of("batch", bad.toString());
        assertThat(b.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(b.err()).contains("line 3, column \"client\": client \"A\" is listed twice");
        assertThat(dir.resolve("output/a.xlsx")).doesNotExist();
        assertThat(CliRun.of("batch", ok.toString(), "--threads", "0").exit()).isEqualTo(ExitCodes.USAGE);
    }

    private static String abs(String path) {
        return Path.of(path).toAbsolutePath().toString();
    }
}
