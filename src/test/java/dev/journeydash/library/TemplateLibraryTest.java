package dev.journeydash.library;

import dev.journeydash.model.InputException;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library lists every built-in journey of templates/, each with its sample from sample-data/, as packaged. */
class TemplateLibraryTest {
    @Test
    void listsEveryTemplateOfTheTemplatesFolderOnce() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("templates"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }

        assertThat(TemplateLibrary.NAMES).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(8);
        assertThat(TemplateLibrary.NAMES.stream().sorted().toList()).isEqualTo(files);
    }

    @Test
    void eachEntryCountsWhatItsTemplateHolds() throws InputException {
        for (TemplateLibrary.Entry e : TemplateLibrary.entries()) {
            var journey = TemplateLoader.load(Path.of("templates", e.name() + ".yaml"));
            assertThat(e.title()).isEqualTo(journey.name());
            assertThat(e.description()).isNotBlank().isEqualTo(journey.description());
            assertThat(e.stages()).isEqualTo(journey.stages().size());
            assertThat(e.kpis()).isEqualTo(journey.kpis().count());
        }
    }

    @Test
    void packagedTemplateAndSampleAreTheFilesOfTheRepository() throws Exception {
        for (String name : TemplateLibrary.NAMES) {
            assertThat(TemplateLibrary.templateText(name)).isEqualTo(Files.readString(Path.of("templates", name + ".yaml")));
            assertThat(TemplateLibrary.sample(name)).isEqualTo(Files.readAllBytes(Path.of("sample-data", name + ".csv")));
        }
    }

    @Test
    void anUnknownNameIsRefusedNamingTheBuiltInOnes() {
        assertThatThrownBy(() -> TemplateLibrary.templateText("../pom"))
                .isInstanceOf(InputException.class)
                .hasMessage("--template ../pom: there is no built-in journey of this name; the built-in ones are ecommerce, "
                        + "saas, b2b-pipeline, mobile-app, marketplace, subscription-box, customer-support, agency (journeydash "
                        + "templates lists them)");
    }
}
