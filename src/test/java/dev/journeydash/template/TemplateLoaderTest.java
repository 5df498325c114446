package dev.journeydash.template;

import dev.journeydash.model.Direction;
import dev.journeydash.model.Expr;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;
import dev.journeydash.model.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateLoaderTest {

    /** The least a template must say: everything else has a default. */
    private static final String MINIMAL = """
            name: Minimal
            measures:
              unique_visitors: {}
            stages:
              - id: first_visit
                kpis:
                  - id: unique_visitors_kpi
                    formula: unique_visitors
                    better: higher
                    target: 100
            """;

    private static Kpi kpi(Journey journey, String id) {
        return journey.kpis().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void defaultsForEverythingLeftOut() throws InputException {
        Journey j = TemplateLoader.parse("minimal.yaml", MINIMAL);
        Stage stage = j.stages().get(0);
        Kpi kpi = stage.kpis().get(0);
        Measure measure = j.measures().get(0);

        assertThat(j.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(j.currency()).isEqualTo("$");
        assertThat(j.client()).isEmpty();
        assertThat(j.description()).isEmpty();
        assertThat(j.funnel()).isEmpty();
        assertThat(measure.label()).isEqualTo("Unique visitors");
        assertThat(measure.format()).isEqualTo(ValueFormat.INTEGER);
        assertThat(measure.aggregation()).isEqualTo(Measure.Aggregation.SUM);
        assertThat(stage.name()).isEqualTo("First visit");
        assertThat(stage.weight()).isEqualTo(1.0);
        assertThat(stage.description()).isEmpty();
        assertThat(stage.touchpoints()).isEmpty();
        assertThat(kpi.label()).isEqualTo("Unique visitors kpi");
        assertThat(kpi.amber()).isEqualTo(0.9);
        assertThat(kpi.weight()).isEqualTo(1.0);
        assertThat(kpi.format()).isEqualTo(ValueFormat.NUMBER);
        assertThat(kpi.unit()).isEmpty();
        assertThat(kpi.description()).isEmpty();
        assertThat(kpi.direction()).isEqualTo(Direction.HIGHER);
        assertThat(kpi.target()).isEqualTo(100.0);
        assertThat(kpi.formulaText()).isEqualTo("unique_visitors");
        assertThat(kpi.formula()).isEqualTo(new Expr.Ref("unique_visitors"));
    }

    @Test
    void durationKpisDefaultToHours() throws InputException {
        Journey j = TemplateLoader.parse("t.yaml", MINIMAL.replace("better: higher", "better: lower\n        format: duration"));

        assertThat(j.stages().get(0).kpis().get(0).unit()).isEqualTo("h");
        assertThat(j.stages().get(0).kpis().get(0).direction()).isEqualTo(Direction.LOWER);
    }

    @Test
    void everythingSpelledOut() throws InputException {
        Journey j = TemplateLoader.parse("full.yaml", """
                name: Support desk
                client: Acme
                description: Tickets from first contact to resolution.
                period: Week
                currency: "€"
                measures:
                  tickets: Tickets opened
                  hours: { label: Hours to resolve, format: decimal, aggregation: average }
                  backlog: { label: Open tickets, aggregation: last }
                stages:
                  - id: resolve
                    name: Resolution
                    description: Tickets get solved.
                    touchpoints: Email, Chat , Phone
                    weight: 2.5
                    kpis:
                      - id: resolution_time
                        label: Time to resolve
                        formula: hours
                        format: duration
                        unit: days
                        better: lower
                        target: 24
                        amber: 0.75
                        weight: 3
                        description: Average hours from opening to solving a ticket.
                      - id: backlog_growth
                        formula: backlog / prev(backlog) - 1
                        format: percent
                        better: LOWER
                        target: 5%
                funnel:
                  - tickets
                  - { measure: backlog, label: Still open }
                """);
        Stage stage = j.stages().get(0);
        Kpi time = kpi(j, "resolution_time");
        Kpi growth = kpi(j, "backlog_growth");

        assertThat(j.name()).isEqualTo("Support desk");
        assertThat(j.client()).isEqualTo("Acme");
        assertThat(j.granularity()).isEqualTo(Granularity.WEEK);
        assertThat(j.currency()).isEqualTo("€");
        assertThat(j.measures()).extracting(Measure::id, Measure::label, Measure::format, Measure::aggregation).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tickets", "Tickets opened", ValueFormat.INTEGER, Measure.Aggregation.SUM),
                org.assertj.core.groups.Tuple.tuple("hours", "Hours to resolve", ValueFormat.DECIMAL, Measure.Aggregation.AVERAGE),
                org.assertj.core.groups.Tuple.tuple("backlog", "Open tickets", ValueFormat.INTEGER, Measure.Aggregation.LAST));
        assertThat(stage.name()).isEqualTo("Resolution");
        assertThat(stage.touchpoints()).containsExactly("Email", "Chat", "Phone");
        assertThat(stage.weight()).isEqualTo(2.5);
        assertThat(time.label()).isEqualTo("Time to resolve");
        assertThat(time.unit()).isEqualTo("days");
        assertThat(time.amber()).isEqualTo(0.75);
        assertThat(time.weight()).isEqualTo(3.0);
        assertThat(time.direction()).isEqualTo(Direction.LOWER);
        assertThat(growth.target()).isEqualTo(0.05);
        assertThat(growth.direction()).isEqualTo(Direction.LOWER);
        assertThat(j.funnel()).extracting(f -> f.measure() + ":" + f.label())
                .containsExactly("tickets:Tickets opened", "backlog:Still open");
    }

    @Test
    void numbersMayUseUnderscoresAsThousandsSeparators() throws InputException {
        Journey j = TemplateLoader.parse("t.yaml", MINIMAL.replace("target: 100", "target: 45_000"));

        assertThat(j.stages().get(0).kpis().get(0).target()).isEqualTo(45000.0);
    }

    @Test
    void aKpiMayReadItsOwnPreviousValue() throws InputException {
        Journey j = TemplateLoader.parse("t.yaml", MINIMAL.replace("formula: unique_visitors",
                "formula: unique_visitors + prev(unique_visitors_kpi)"));

        assertThat(j.kpis()).hasSize(1);
    }

    @Test
    void aKpiMayReadAnotherKpiOfTheSamePeriod() throws InputException {
        Journey j = TemplateLoader.parse("t.yaml", MINIMAL + """
                      - id: doubled
                        formula: unique_visitors_kpi * 2
                        better: higher
                        target: 200
                """);

        assertThat(kpi(j, "doubled").formula())
                .isEqualTo(new Expr.Binary("*", new Expr.Ref("unique_visitors_kpi"), new Expr.Num(2)));
    }

    @Test
    void aCycleIsReportedWithoutTheKpisOutsideIt() {
        String text = """
                name: Cycle
                measures:
                  visitors: {}
                stages:
                  - id: only
                    kpis:
                      - { id: x, formula: visitors, better: higher, target: 1 }
                      - { id: a, formula: x + b, better: higher, target: 1 }
                      - { id: b, formula: a * 2, better: higher, target: 1 }
                """;

        assertThatThrownBy(() -> TemplateLoader.parse("cycle.yaml", text)).hasMessage(
                "cycle.yaml: line 8: stage \"only\": KPI \"a\": the formulas refer to each other in a cycle: a -> b -> a;"
                + " use prev(...) where a formula means the previous period's value");
    }

    @Test
    void theEcommerceTemplate() throws InputException {
        Journey j = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));

        assertThat(j.name()).isEqualTo("E-commerce customer journey");
        assertThat(j.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(j.stages()).extracting(Stage::id)
                .containsExactly("awareness", "consideration", "purchase", "retention", "advocacy");
        assertThat(j.stages()).extracting(s -> s.kpis().size()).containsExactly(2, 3, 4, 3, 3);
        assertThat(j.kpis()).hasSize(15);
        assertThat(j.measures()).hasSize(18);
        assertThat(j.funnel()).hasSize(5);
        assertThat(j.stages()).extracting(Stage::weight).containsExactly(1.0, 1.0, 2.0, 1.5, 1.0);
        assertThat(kpi(j, "add_to_cart_rate").weight()).isEqualTo(2.0);
        assertThat(kpi(j, "payment_success_rate").amber()).isEqualTo(0.95);
        assertThat(kpi(j, "cart_abandonment").direction()).isEqualTo(Direction.LOWER);
        assertThat(kpi(j, "churn_rate").formula()).isEqualTo(new Expr.Binary("/",
                new Expr.Ref("customers_lost"), new Expr.Prev(new Expr.Ref("active_customers"))));
        assertThat(j.measure("active_customers").orElseThrow().aggregation()).isEqualTo(Measure.Aggregation.AVERAGE);
    }

    @Test
    void theSaasTemplate() throws InputException {
        Journey j = TemplateLoader.load(Path.of("templates/saas.yaml"));

        assertThat(j.stages()).extracting(Stage::id)
                .containsExactly("acquisition", "activation", "engagement", "revenue", "retention", "referral");
        assertThat(j.kpis()).hasSize(16);
        assertThat(j.measures()).hasSize(25);
        assertThat(j.funnel()).hasSize(5);
    }

    @Test
    void aByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException, InputException {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, ("\uFEFF" + MINIMAL).getBytes(StandardCharsets.UTF_8));

        assertThat(TemplateLoader.load(file).name()).isEqualTo("Minimal");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> TemplateLoader.load(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": the template file does not exist");
    }

    @Test
    void problemsFromDifferentPartsAreReportedTogetherInFileOrder() {
        String text = MINIMAL.replace("target: 100", "target: 0\n        amber: 2")
                .replace("kpis:", "weight: none\n    kpis:");

        assertThatThrownBy(() -> TemplateLoader.parse("t.yaml", text))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(InputException.Problem::line).containsExactly(6, 11, 12));
    }

    @Test
    void theFileNameGivenIsTheOneInMessages() {
        assertThatThrownBy(() -> TemplateLoader.parse("my/own name.yaml", "name: x"))
                .hasMessageStartingWith("my/own name.yaml: line 1: ");
    }

    @Test
    void builtInTemplatesHaveUniqueIds() throws InputException {
        for (String name : List.of("templates/ecommerce.yaml", "templates/saas.yaml")) {
            Journey j = TemplateLoader.load(Path.of(name));
            List<String> ids = new java.util.ArrayList<>();
            j.measures().forEach(m -> ids.add(m.id()));
            j.stages().forEach(s -> ids.add(s.id()));
            j.kpis().forEach(k -> ids.add(k.id()));

            assertThat(ids).as(name).doesNotHaveDuplicates();
        }
    }
}
