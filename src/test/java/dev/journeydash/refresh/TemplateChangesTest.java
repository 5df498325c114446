package dev.journeydash.refresh;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a refresh with a new template says changed: stages, KPIs and pain points. */
class TemplateChangesTest {
    private static Journey journey(String stages) throws InputException {
        StringBuilder sb = new StringBuilder("name: Shop\nmeasures:\n  visitors: {}\nstages:\n");
        int kpi = 0;
        for (String stage : stages.split(";")) {
            String[] parts = stage.split("=", 2);
            sb.append("  - id: ").append(parts[0]).append('\n');
            if (parts.length > 1) {
                sb.append("    pain_points: [").append(parts[1]).append("]\n");
            }
            sb.append("    kpis:\n      - { id: k").append(kpi++).append(", formula: visitors, better: higher, target: 1 }\n");
        }
        return TemplateLoader.parse("t.yaml", sb.toString());
    }

    @Test
    void painPointsAddedRemovedAndReworded() throws InputException {
        Journey before = journey("a;b=Slow search;c=Slow search, No reviews;d=Old one");
        Journey after = journey("a=Slow search, No reviews;b;c=Slow search, No reviews;d=New one");

        assertThat(TemplateChanges.between(before, after)).containsExactly("stage \"a\": 2 pain points added",
                "stage \"b\": 1 pain point removed", "stage \"d\": 1 pain point added, 1 removed");
    }

    @Test
    void theSameJourneyHasNoChanges() throws InputException {
        Journey j = journey("a=Slow search;b");

        assertThat(TemplateChanges.between(j, j)).isEmpty();
    }

    @Test
    void stagesAndKpisComeFirst() throws InputException {
        Journey before = journey("a;b");
        Journey after = journey("a=Slow search;c");

        // k1 is the second stage's KPI in both
        assertThat(TemplateChanges.between(before, after)).containsExactly("stage \"b\" removed", "stage \"c\" added",
                "KPI \"k1\" moved from stage \"b\" to \"c\"", "stage \"a\": 1 pain point added");
    }
}
