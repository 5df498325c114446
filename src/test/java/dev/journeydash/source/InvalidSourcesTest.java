package dev.journeydash.source;

import dev.journeydash.ExpectedMessages;
import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every broken template in {@code src/test/resources/invalid/sources} is rejected with its exact message. */
class InvalidSourcesTest {
    private static final String DIR = "src/test/resources/invalid/sources";

    static Stream<Arguments> cases() {
        return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithTheExactMessage(String name, String message) {
        Request request = Request.builder().template(Path.of(DIR, name)).build();

        assertThatThrownBy(() -> Journeydash.compute(request)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void everyTemplateHasAnExpectationAndEveryExpectationATemplate() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(DIR))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    private static Map<String, String> expected() {
        return ExpectedMessages.of(Path.of(DIR));
    }
}
