package dev.journeydash.source;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Template settings that steer reading: column names of exports, the decimal separator, the
 * date order; and the report of an ambiguous file.
 */
class DataSourcesOptionsTest {
    private static final ReadOptions POINT = new ReadOptions(Decimal.POINT, DateOrder.DETECT);

    private static Journey journey(String extra, String measureExtra) throws InputException {
        return TemplateLoader.parse("t.yaml", """
            name: T
            %s
            measures:
              sessions: { label: Sessions%s }
              orders: { label: Orders }
            stages:
              - id: buy
                kpis:
                  - { id: conversion, formula: orders / sessions, format: percent, better: higher, target: 0.02 }
            """.formatted(extra, measureExtra));
    }

    @Test
    void anExportsHeaderIsMatchedThroughTheMeasuresColumns() throws InputException {
        Journey j = journey("", ", columns: [\"Sessions (GA4)\", Besuche]");
        DataSet d = DataSources.parse("ga.csv", "month,Sessions (GA4),orders\n2025-01,1000,20\n", j, ReadOptions.DETECT);
        assertThat(d.value("sessions", 0)).isEqualTo(1000.0);
        DataSet de = DataSources.parse("de.csv", "month;BESUCHE;orders\n2025-01;800;16\n", j, ReadOptions.DETECT);
        assertThat(de.value("sessions", 0)).isEqualTo(800.0);
    }

    @Test
    void theTemplatesDecimalSettingDecidesAmbiguousNumbers() throws InputException {
        String csv = "period;sessions;orders\n2025-01;1.500;20\n";
        assertThat(DataSources.parse("a.csv", csv, journey("", ""), ReadOptions.DETECT).value("sessions", 0)).isEqualTo(1.5);
        assertThat(DataSources.parse("a.csv", csv, journey("decimal: \",\"", ""), ReadOptions.DETECT).value("sessions", 0))
                .isEqualTo(1500.0);
        // the command line's --decimal wins over the template
        assertThat(DataSources.parse("a.csv", csv, journey("decimal: \",\"", ""), POINT).value("sessions", 0)).isEqualTo(1.5);
    }

    @Test
    void anAmbiguousFileSaysHowItWasRead() throws InputException {
        DataSet d = DataSources.parse("a.csv", "period,sessions,orders\n2025-01,\"1,500\",20\n", journey("", ""), ReadOptions.DETECT);
        assertThat(d.value("sessions", 0)).isEqualTo(1500.0);
        assertThat(d.notes()).singleElement().asString()
                .isEqualTo("a.csv: numbers such as \"1,500\" (line 2) fit a decimal point and a thousands separator alike; "
                        + "read with a decimal point. Set --decimal, --locale or \"decimal:\" in the template if that is wrong");
    }

    private static List<String> periods(DataSet d) {
        return d.periods().stream().map(Period::label).toList();
    }

    @Test
    void usFirstOfMonthDatesAreReadMonthFirst() throws InputException {
        // every date fits both orders; the second number never changes, as the day would not
        DataSet d = DataSources.parse("us.csv", "period,sessions,orders\n01/01/2025,1000,20\n02/01/2025,1100,22\n"
                + "03/01/2025,1200,24\n", journey("", ""), ReadOptions.DETECT);
        assertThat(periods(d)).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(d.value("sessions", 2)).isEqualTo(1200.0);
        assertThat(d.notes()).singleElement().asString().isEqualTo("us.csv: dates such as \"02/01/2025\" (line 3) fit "
                + "day-first and month-first alike; read as month-first (1 February 2025), since the second number is "
                + "always 1 as a day of the month would be. Set --date-order, --locale or \"date_order:\" in the template if that "
                + "is wrong");
    }

    @Test
    void europeanFirstOfMonthDatesAreReadDayFirst() throws InputException {
        DataSet d = DataSources.parse("eu.csv", "period;sessions;orders\n01/01/2025;1000;20\n01/02/2025;1100;22\n"
                + "01/03/2025;1200;24\n", journey("", ""), ReadOptions.DETECT);
        assertThat(periods(d)).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(d.notes()).singleElement().asString().contains("read as day-first (1 February 2025), since the first "
                + "number is always 1");
    }

    @Test
    void withoutAnyClueAmbiguousDatesAreReadDayFirstAndSaidSo() throws InputException {
        DataSet d = DataSources.parse("a.csv", "period,sessions,orders\n03/04/2025,1000,20\n04/05/2025,1100,22\n",
                journey("", ""), ReadOptions.DETECT);
        assertThat(periods(d)).containsExactly("Apr 2025", "May 2025");
        assertThat(d.notes()).singleElement().asString().isEqualTo("a.csv: dates such as \"03/04/2025\" (line 2) fit "
                + "day-first and month-first alike; read as day-first (3 April 2025). Set --date-order, --locale or "
                + "\"date_order:\" in the template if that is wrong");
    }

    @Test
    void aDateThatProvesTheOrderLeavesNothingToSay() throws InputException {
        DataSet d = DataSources.parse("a.csv", "period,sessions,orders\n01/30/2025,1000,20\n02/01/2025,1100,22\n",
                journey("", ""), ReadOptions.DETECT);
        assertThat(periods(d)).containsExactly("Jan 2025", "Feb 2025");
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void theTemplatesDateOrderDecidesAmbiguousDates() throws InputException {
        String csv = "period,sessions,orders\n03/04/2025,1000,20\n04/05/2025,1100,22\n";
        DataSet d = DataSources.parse("a.csv", csv, journey("date_order: month-first", ""), ReadOptions.DETECT);
        assertThat(periods(d)).containsExactly("Mar 2025", "Apr 2025");
        assertThat(d.notes()).isEmpty();
        // what the command line's --date-order does: the journey with its order replaced
        DataSet day = DataSources.parse("a.csv", csv, journey("date_order: month-first", "")
                .withDateOrder(DateOrder.DAY_FIRST), ReadOptions.DETECT);
        assertThat(periods(day)).containsExactly("Apr 2025", "May 2025");
    }

    @Test
    void theReadOptionsWinOverTheTemplate() throws InputException {
        String csv = "period,sessions,orders\n03/04/2025,1000,20\n04/05/2025,\"1,500\",22\n";
        Journey j = journey("date_order: month-first\ndecimal: \".\"", "");

        DataSet d = DataSources.parse("a.csv", csv, j, new ReadOptions(Decimal.COMMA, DateOrder.DAY_FIRST));

        assertThat(periods(d)).containsExactly("Apr 2025", "May 2025");
        assertThat(d.value("sessions", 1)).isEqualTo(1.5);
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aDateAgainstTheDeclaredOrderIsAnError() throws InputException {
        Journey j = journey("date_order: day-first", "");
        assertThatThrownBy(() -> DataSources.parse("a.csv", "period,sessions,orders\n12/01/2025,1000,20\n"
                + "01/31/2025,1100,22\n", j, ReadOptions.DETECT)).isInstanceOf(InputException.class)
                .hasMessage("a.csv: line 3, column \"period\": \"01/31/2025\" is not a day-first date, the order declared "
                        + "with --date-order or \"date_order:\" in the template; expected dd/mm/yyyy, e.g. 31/01/2025");
    }

    @Test
    void aBadDateOrderSettingIsATemplateError() {
        assertThatThrownBy(() -> journey("date_order: yyyy-mm-dd", "")).isInstanceOf(InputException.class)
                .hasMessage("t.yaml: line 2: \"date_order\" must be day-first (31/01/2025) or month-first (01/31/2025), "
                        + "not \"yyyy-mm-dd\"");
    }

    @Test
    void aBadDecimalSettingIsATemplateError() {
        assertThatThrownBy(() -> journey("decimal: comma", "")).isInstanceOf(InputException.class)
                .hasMessage("t.yaml: line 2: \"decimal\" must be \".\" or \",\" (in quotes), not \"comma\"");
    }
}
