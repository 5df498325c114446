package dev.journeydash.source;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.TargetChange;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every broken targets file in {@code src/test/resources/invalid/targets} is rejected with its exact message. */
class InvalidTargetsTest {
    private static final String DIR = "src/test/resources/invalid/targets";
    private static Journey ecommerce;

    @BeforeAll
    static void loadTemplate() throws InputException {
        ecommerce = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));
    }

    static Stream<Arguments> cases() {
        return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithTheExactMessage(String name, String expected) {
        Path file = Path.of(DIR, name);
        assertThatThrownBy(() -> DataSources.readTargets(file, ecommerce, ReadOptions.DETECT))
                .isInstanceOf(InputException.class)
                .hasMessage(expected.replace(DIR + "/" + name, file.toString()));
    }

    @Test
    void theBaseOfEveryCaseIsValid() throws InputException {
        Map<String, List<TargetChange>> changes = DataSources.readTargets(Path.of(DIR, "valid-base.csv"), ecommerce,
                ReadOptions.DETECT);

        assertThat(changes.keySet()).containsExactly("conversion_rate", "average_order_value");
        assertThat(changes.get("conversion_rate")).extracting(c -> c.from().label() + " " + c.value())
                .containsExactly("Jul 2024 0.028", "Jan 2025 0.03");
        assertThat(changes.get("average_order_value")).extracting(c -> c.from().label() + " " + c.value())
                .containsExactly("Jan 2025 90.0");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = Path.of(DIR, "no-such-file.csv");
        assertThatThrownBy(() -> DataSources.readTargets(file, ecommerce, ReadOptions.DETECT))
                .isInstanceOf(InputException.class).hasMessage(file + ": the targets file does not exist");
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

        assertThatThrownBy(() -> DataSources.readTargets(file, ecommerce, ReadOptions.DETECT))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + " " + p.column())
                        .containsExactly("2 period", "3 conversion_rate", "3 average_order_value", "4 period"));
    }

    private static Map<String, String> expected() {
        return dev.journeydash.ExpectedMessages.of(Path.of(DIR));
    }
}
