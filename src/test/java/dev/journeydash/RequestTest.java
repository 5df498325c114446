package dev.journeydash;

import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.xlsx.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library's request API: what build() asks for, the defaults, and the one generate call. */
class RequestTest {
    @TempDir
    Path dir;

    @Test
    void buildNamesEverythingThatIsMissing() {
        assertThatThrownBy(() -> Request.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("the request is missing the template (call template(Path)), or a data file whose preset gives the "
                        + "journey (call data(Path))");
        assertThat(Request.builder().data(Path.of("d.csv")).build().template()).as("an export alone is a request").isNull();
    }

    @Test
    void defaultsDetectTheDialectAndShowTheLatestPeriod() {
        Request r = Request.of(Path.of("t.yaml"), Path.of("d.csv"));

        assertThat(r.read().decimal()).isEqualTo(Decimal.DETECT);
        assertThat(r.read().dateOrder()).isEqualTo(DateOrder.DETECT);
        assertThat(r.periodsAhead()).isEqualTo(36);
        assertThat(r.selected()).isEqualTo(-1);
        assertThat(r.documentDate()).isEmpty();
    }

    @Test
    void generateToAFileWritesWhatRenderWrites() throws Exception {
        Request request = Request.builder().template(Samples.ECOMMERCE.template()).data(Samples.ECOMMERCE.data())
                .documentDate(Instant.parse("2025-12-01T00:00:00Z")).build();
        Path file = dir.resolve("out.xlsx");

        Results results = Journeydash.generate(request, Output.file(file), dev.journeydash.model.Progress.NONE);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        Journeydash.render(results, Journeydash.withTexts(Journeydash.renderOptions(request, results), request, results), expected);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
    }

    @Test
    void withoutADocumentDateTheLatestPeriodIsTheDate() throws Exception {
        Results results = Samples.ECOMMERCE.results();

        assertThat(Journeydash.documentDate(results, null)).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
        assertThat(Journeydash.documentDate(results, "86400")).isEqualTo(Instant.parse("1970-01-02T00:00:00Z"));
        assertThat(Journeydash.documentDate(results, "yesterday")).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
    }

    @Test
    void theDefaultWorkbookIsNamedAfterTheTemplate() {
        assertThat(Output.defaultWorkbook(Path.of("templates/saas.yaml"))).isEqualTo(Path.of("output", "saas.xlsx"));
        assertThat(Output.isWorkbook(Path.of("a/B.XLSX"))).isTrue();
        assertThat(Output.isWorkbook(Path.of("a/b.xls"))).isFalse();
    }

    @Test
    void anUnwritableFileIsAnOutputErrorNamingIt() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        Request request = Request.of(Samples.ECOMMERCE.template(), Samples.ECOMMERCE.data());

        assertThatThrownBy(() -> Journeydash.generate(request, Output.file(blocker.resolve("x.xlsx")), dev.journeydash.model.Progress.NONE))
                .isInstanceOf(dev.journeydash.io.OutputException.class)
                .hasMessageStartingWith("cannot write " + blocker.resolve("x.xlsx") + ": ");
    }
}
