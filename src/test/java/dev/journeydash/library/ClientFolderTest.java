package dev.journeydash.library;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.io.Output;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import dev.journeydash.template.TemplateLoader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** init's folder: complete, generating at once with the client's name, written whole or not at all. */
class ClientFolderTest {
    @TempDir
    Path dir;

    static List<String> names() {
        return TemplateLibrary.NAMES;
    }

    @ParameterizedTest
    @MethodSource("names")
    void aNewFolderGeneratesAtOnceWithTheClientsName(String template) throws Exception {
        Path folder = dir.resolve("client");

        ClientFolder.Created created = ClientFolder.create(template, "Toko Maju Jaya", folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("README.md", "brand.yaml", "data.csv", template + ".yaml");
        }
        assertThat(created.template()).isEqualTo(folder.resolve(template + ".yaml"));
        assertThat(Files.readAllBytes(folder.resolve("data.csv"))).isEqualTo(Files.readAllBytes(Path.of("sample-data",
                template + ".csv")));
        assertThat(Files.readString(folder.resolve("README.md"))).contains("# Toko Maju Jaya")
                .contains("journeydash generate --template " + template + ".yaml --data data.csv --brand brand.yaml");
        Path xlsx = folder.resolve(template + ".xlsx");
        var results = Journeydash.generate(Request.builder().template(created.template()).data(folder.resolve("data.csv"))
                .brand(folder.resolve("brand.yaml")).build(), Output.file(xlsx), Progress.NONE);
        assertThat(results.brand().client()).isEqualTo("Toko Maju Jaya");
        assertThat(results.brand().theme()).isEqualTo(dev.journeydash.model.Brand.DEFAULT.theme());
        assertThat(results.journey().client()).isEqualTo("Toko Maju Jaya");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Dashboard")).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme \"Design\" Co", "Back\\slash & Sons", "Café Nord: #1", "'quoted'", "- dash", "東京デザイン", "a: b"})
    void anyPrintableNameSurvivesTheTemplateAsWritten(String client) throws Exception {
        ClientFolder.create("saas", client, dir.resolve("c"));

        assertThat(TemplateLoader.load(dir.resolve("c/saas.yaml")).client()).isEqualTo(client);
    }

    @Test
    void aFolderWithFilesIsRefusedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ClientFolder.create("saas", "X", folder)).isInstanceOf(InputException.class)
                .hasMessage(folder + ": the folder is not empty; give a new folder for the client (init writes nothing over "
                        + "existing files)");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(folder.resolve("notes.txt"));
        }
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void anEmptyFolderIsFilledAndAFileInTheWayRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ClientFolder.create("agency", "X", empty);
        assertThat(empty.resolve("agency.yaml")).exists();

        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> ClientFolder.create("agency", "X", file)).hasMessage(file
                + ": this is a file, not a folder; give a new folder for the client");
    }

    @Test
    void badNamesAreRefusedWithNothingWritten() {
        Path folder = dir.resolve("never");
        assertThatThrownBy(() -> ClientFolder.create("saas", "  ", folder))
                .hasMessage("--client: the client's name is empty; give it as --client \"Name\"");
        assertThatThrownBy(() -> ClientFolder.create("saas", "x".repeat(81), folder))
                .hasMessage("--client: the client's name has 81 characters; at most 80 fit the Dashboard's banner");
        assertThatThrownBy(() -> ClientFolder.create("saas", "Line\nbreak", folder))
                .hasMessage("--client: the client's name \"Line\nbreak\" holds a control character (a line break or a tab); "
                        + "give it on one line");
        assertThatThrownBy(() -> ClientFolder.create("crm", "X", folder)).isInstanceOf(InputException.class);
        assertThat(folder).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
    }
}
