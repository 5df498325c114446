package dev.journeydash.template;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Every broken template in {@code src/test/resources/invalid/templates} is rejected with its exact message. */
class InvalidTemplateTest {
    private static final String DIR = "src/test/resources/invalid/templates";

    static Stream<Arguments> cases() throws IOException {
        return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithTheExactMessage(String name, String expected) {
        Path file = Path.of(DIR, name);
        assertThatThrownBy(() -> TemplateLoader.load(file))
                .isInstanceOf(InputException.class)
                .hasMessage(expected.replace(DIR + "/" + name, file.toString()));
    }

    @Test
    void theBaseOfEveryCaseIsValid() throws InputException {
        Journey base = TemplateLoader.load(Path.of(DIR, "valid-base.yaml"));

        assertThat(base.stages()).hasSize(2);
        assertThat(base.kpis()).hasSize(3);
        assertThat(base.measures()).hasSize(3);
    }

    @Test
    void everyBrokenFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(DIR))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.startsWith("valid-base"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void anAliasBombIsRejectedInUnderASecond() throws InputException {
        TemplateLoader.load(Path.of(DIR, "valid-base.yaml")); // class loading is not what is measured
        Path bomb = Path.of(DIR, "alias-bomb.yaml");

        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThatThrownBy(() -> TemplateLoader.load(bomb)).isInstanceOf(InputException.class));
    }

    @Test
    void severalProblemsInOneTemplateAreAllReported() {
        Path file = Path.of(DIR, "unknown-key-typo.yaml");

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(InputException.Problem::line).containsExactly(26, 21));
    }

    private static Map<String, String> expected() {
        return dev.journeydash.ExpectedMessages.of(Path.of(DIR));
    }
}
