package dev.journeydash.template;

import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.TargetChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stage's {@code pain_points:}: read whole, in order; absent is empty; too many, too long or empty ones are named. */
class TemplatePainPointsTest {
    private static final String TEMPLATE = """
            name: Shop
            measures:
              visitors: {}
            stages:
              - id: browse
                PAIN
                kpis:
                  - id: visits
                    formula: visitors
                    better: higher
                    target: 100
            """;

    private static Journey parse(String painPoints) throws InputException {
        return TemplateLoader.parse("t.yaml", TEMPLATE.replace("PAIN", painPoints));
    }

    @Test
    void readWholeInTheirOrderCommasAndAll() throws InputException {
        Journey j = parse("""
                pain_points:
                    - Shipping costs shown only at checkout, after the address
                    - "Sizes: no guide on the product page"
                    -   Slow search   \s
                """.stripTrailing().replace("\n", "\n    "));

        assertThat(j.stages().get(0).painPoints()).containsExactly("Shipping costs shown only at checkout, after the address",
                "Sizes: no guide on the product page", "Slow search");
    }

    @Test
    void anInlineListIsAListToo() throws InputException {
        Journey j = parse("pain_points: [Slow search, \"No reviews, or old ones\"]");

        assertThat(j.stages().get(0).painPoints()).containsExactly("Slow search", "No reviews, or old ones");
    }

    @Test
    void absentOrEmptyIsNone() throws InputException {
        assertThat(parse("").stages().get(0).painPoints()).isEmpty();
        assertThat(parse("pain_points: []").stages().get(0).painPoints()).isEmpty();
        assertThat(parse("pain_points:").stages().get(0).painPoints()).isEmpty();
    }

    @Test
    void tenOfTwoHundredCharactersAreTheLimit() throws InputException {
        String list = "pain_points: [" + String.join(", ", java.util.Collections.nCopies(10, "p".repeat(200))) + "]";

        assertThat(parse(list).stages().get(0).painPoints()).hasSize(10).allSatisfy(p -> assertThat(p).hasSize(200));
    }

    @Test
    void everyBadEntryIsReportedWithItsLine() {
        String list = "pain_points:\n      - \"\"\n      - " + "q".repeat(201) + "\n      - [nested]\n      - Sizes: no guide";

        assertThatThrownBy(() -> parse(list)).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                .extracting(InputException.Problem::line, InputException.Problem::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, "stage \"browse\": an entry of \"pain_points\" is empty"),
                        org.assertj.core.groups.Tuple.tuple(8, "stage \"browse\": an entry of \"pain_points\" is 201 characters"
                                + " long; the limit is 200"),
                        org.assertj.core.groups.Tuple.tuple(9, "stage \"browse\": \"pain_points\" must be a list of texts, not of lists"),
                        org.assertj.core.groups.Tuple.tuple(10, "stage \"browse\": an entry of \"pain_points\" reads as a mapping:"
                                + " put a text with \": \" in it in quotes")));
    }

    @Test
    void aTypoIsAnUnknownKeyThatListsPainPoints() {
        assertThatThrownBy(() -> parse("painpoints: [Slow search]")).hasMessageContaining(
                "unknown key \"painpoints\"; expected one of description, id, kpis, name, pain_points, touchpoints, weight");
    }

    @Test
    void journeyCopiesKeepThem() throws InputException {
        Journey j = parse("pain_points: [Slow search]");
        Period june = new Period(LocalDate.of(2025, 6, 1), Granularity.MONTH);

        Journey changed = j.withTargetChanges(Map.of("visits", List.of(new TargetChange(june, 200))));

        assertThat(changed.stages().get(0).kpis().get(0).target(june)).isEqualTo(200);
        assertThat(changed.stages().get(0).painPoints()).containsExactly("Slow search");
        assertThat(changed.stages().get(0).withWeightAndKpis(3, changed.stages().get(0).kpis()).painPoints())
                .containsExactly("Slow search");
    }
}
