package dev.journeydash.source;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every broken data file in {@code src/test/resources/invalid/data} is rejected with its exact message. */
class InvalidDataTest {
    private static final String DIR = "src/test/resources/invalid/data";
    private static Journey ecommerce;

    @BeforeAll
    static void loadTemplate() throws InputException {
        ecommerce = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));
    }

    static Stream<Arguments> cases() throws IOException {
        return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithTheExactMessage(String name, String expected) {
        Path file = Path.of(DIR, name);
        assertThatThrownBy(() -> DataSources.read(file, ecommerce, ReadOptions.DETECT))
                .isInstanceOf(InputException.class)
                .hasMessage(expected.replace(DIR + "/" + name, file.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid-base.csv", "long-valid-base.csv"})
    void theBasesOfEveryCaseAreValid(String name) throws InputException {
        DataSet data = DataSources.read(Path.of(DIR, name), ecommerce, ReadOptions.DETECT);

        assertThat(data.periods()).extracting(p -> p.label()).containsExactly("Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024");
        assertThat(data.value("orders", 1)).isEqualTo(844.0);
        assertThat(data.value("revenue", 0)).isEqualTo(70305.76);
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void everyBrokenFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(DIR))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") && !n.contains("valid-base"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void severalErrorsInOneFileAreAllReportedWithTheirLinesAndColumns() {
        Path file = Path.of(DIR, "several-errors.csv");

        assertThatThrownBy(() -> DataSources.read(file, ecommerce, ReadOptions.DETECT))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + " " + p.column())
                        .containsExactly("2 visitors", "3 period", "4 period", "5 orders", "5 reviews"));
    }

    private static Map<String, String> expected() {
        return dev.journeydash.ExpectedMessages.of(Path.of(DIR));
    }
}
