package dev.journeydash.report;

import dev.journeydash.compute.Results;
import dev.journeydash.labels.Labels;
import dev.journeydash.text.Snippets;
import dev.journeydash.model.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts the workbook takes from the brand's snippets (its folder's over the built-ins), made
 * as the report makes them: the Dashboard's title ({@code title.ftl}: client and journey) and the
 * insight sentence of each friction point of the period shown ({@code insight.ftl}), which the
 * About sheet lists.
 *
 * @param title    the Dashboard's banner title
 * @param insights one sentence per friction point of the period shown, lowest score first
 */
public record WorkbookTexts(String title, List<String> insights) {
    /** The title snippet. */
    public static final String TITLE = "title.ftl";

    public WorkbookTexts {
        insights = List.copyOf(insights);
    }

    /** The texts of {@code results} for {@code period}; {@link InputException} (file, line, column) for a snippet that fails. */
    public static WorkbookTexts of(Results results, int period, Snippets snippets, Locale locale, Labels labels)
            throws InputException {
        String title = snippets.render(TITLE, Map.of("client", results.journey().client(), "journey", results.journey().name()),
                locale, Snippets.Format.TEXT).strip();
        Map<String, Object> model = new ReportData(results, period, locale, labels).model();
        List<String> insights = new ArrayList<>();
        for (Object f : (List<?>) model.get("friction")) {
            insights.add(snippets.render(HtmlReport.INSIGHT, Map.of("kpi", f, "labels", labels.texts("insight.")), locale,
                    Snippets.Format.TEXT).strip());
        }
        return new WorkbookTexts(title, insights);
    }
}
