package dev.journeydash.template;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Segmentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code segments:} in a template: the scalar and the mapping form, the defaults, and each mistake with its line. */
class TemplateSegmentsTest {
    /** valid-base.yaml (measures visitors, orders, revenue; funnel visitors, orders) with {@code segments} on line 2. */
    private static Journey load(String segments) throws Exception {
        String base = Files.readString(Path.of("src/test/resources/invalid/templates/valid-base.yaml"));
        return TemplateLoader.parse("t.yaml", "name: Test shop\n" + segments + "\n" + base.replace("name: Test shop\n", ""));
    }

    @Test
    void noSegmentsIsNone() throws Exception {
        assertThat(load("client: Me").segmentation()).isEqualTo(Segmentation.NONE);
        assertThat(load("client: Me").segmentation().active()).isFalse();
    }

    @Test
    void theScalarFormNamesTheColumnWithTheDefaults() throws Exception {
        Segmentation s = load("segments: Channel").segmentation();

        assertThat(s.active()).isTrue();
        assertThat(s.column()).isEqualTo("Channel");
        assertThat(s.label()).isEqualTo("Channel");
        assertThat(s.top()).isEqualTo(12);
        assertThat(s.by()).as("the funnel's first summed step").isEqualTo("visitors");
        assertThat(s.line()).isEqualTo(2);
        assertThat(s.matches("  channel ")).isTrue();
        assertThat(s.matches("channels")).isFalse();
    }

    @Test
    void theMappingFormTakesLabelTopAndBy() throws Exception {
        Segmentation s = load("segments: { column: region, label: Sales region, top: 30, by: revenue }").segmentation();

        assertThat(s).isEqualTo(new Segmentation("region", "Sales region", 30, "revenue", 2));
    }

    @Test
    void theMappingFormOnSeveralLines() throws Exception {
        Segmentation s = load("segments:\n  column: plan\n  top: 1").segmentation();

        // the line of a block mapping is its first key's, where the value starts
        assertThat(s).isEqualTo(new Segmentation("plan", "plan", 1, "visitors", 3));
    }

    @Test
    void withoutAFunnelTheFirstSummedMeasureRanks() throws Exception {
        String text = """
                name: T
                segments: plan
                measures:
                  rating: { aggregation: average }
                  orders: {}
                stages:
                  - id: s
                    name: S
                    kpis:
                      - { id: k, formula: orders, better: higher, target: 1 }
                """;
        assertThat(TemplateLoader.parse("t.yaml", text).segmentation().by()).isEqualTo("orders");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "segments: { column: channel, top: 0 }|t.yaml: line 2: segments: \"top\" must be a whole number from 1 to 30, not \"0\"",
        "segments: { column: channel, top: 31 }|t.yaml: line 2: segments: \"top\" must be a whole number from 1 to 30, not \"31\"",
        "segments: { column: channel, top: 2.5 }|t.yaml: line 2: segments: \"top\" must be a whole number from 1 to 30, not \"2.5\"",
        "segments: { column: channel, by: sessions }|t.yaml: line 2: segments: \"by\" must be a measure id, not \"sessions\"; "
                + "known measures: visitors, orders, revenue",
        "segments: ''|t.yaml: line 2: segments: give the data's segment column, e.g. segments: Channel",
        "segments: [a, b]|t.yaml: line 2: segments: expected the segment column's name or { column, label, top, by }",
    })
    void mistakesAreErrorsWithTheTemplatesLine(String segments, String message) {
        assertThatThrownBy(() -> load(segments)).isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> load("segments: { column: channel, tops: 3 }")).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("tops");
    }

    @Test
    void aMappingWithoutColumnIsAnError() {
        assertThatThrownBy(() -> load("segments: { label: Channel }")).isInstanceOf(InputException.class)
                .hasMessageContaining("line 2").hasMessageContaining("column");
    }

    @Test
    void segmentsWithSourcesAreAnError() {
        String text = """
                name: T
                segments: channel
                sources:
                  - file: orders.csv
                    date: Created at
                    measures:
                      orders: { count_distinct: Order }
                stages:
                  - id: s
                    name: S
                    kpis:
                      - { id: k, formula: orders, better: higher, target: 1 }
                """;
        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", text)).isInstanceOf(InputException.class)
                .hasMessageContaining("t.yaml: line 2: segments: a journey with sources: cannot have segments yet");
    }
}
