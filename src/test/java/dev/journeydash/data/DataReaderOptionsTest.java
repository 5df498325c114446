package dev.journeydash.data;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Template settings that steer reading: column names of exports, the decimal separator; and the report of an ambiguous file. */
class DataReaderOptionsTest {
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
        DataSet d = DataReader.parse("ga.csv", "month,Sessions (GA4),orders\n2025-01,1000,20\n", j, (char) 0);
        assertThat(d.value("sessions", 0)).isEqualTo(1000.0);
        DataSet de = DataReader.parse("de.csv", "month;BESUCHE;orders\n2025-01;800;16\n", j, (char) 0);
        assertThat(de.value("sessions", 0)).isEqualTo(800.0);
    }

    @Test
    void theTemplatesDecimalSettingDecidesAmbiguousNumbers() throws InputException {
        String csv = "period;sessions;orders\n2025-01;1.500;20\n";
        assertThat(DataReader.parse("a.csv", csv, journey("", ""), (char) 0).value("sessions", 0)).isEqualTo(1.5);
        assertThat(DataReader.parse("a.csv", csv, journey("decimal: \",\"", ""), (char) 0).value("sessions", 0))
                .isEqualTo(1500.0);
        // the command line's --decimal wins over the template
        assertThat(DataReader.parse("a.csv", csv, journey("decimal: \",\"", ""), '.').value("sessions", 0)).isEqualTo(1.5);
    }

    @Test
    void anAmbiguousFileSaysHowItWasRead() throws InputException {
        DataSet d = DataReader.parse("a.csv", "period,sessions,orders\n2025-01,\"1,500\",20\n", journey("", ""), (char) 0);
        assertThat(d.value("sessions", 0)).isEqualTo(1500.0);
        assertThat(d.notes()).singleElement().asString()
                .isEqualTo("a.csv: numbers such as \"1,500\" (line 2) fit a decimal point and a thousands separator alike; "
                        + "read with a decimal point. Set --decimal or \"decimal:\" in the template if that is wrong");
    }

    @Test
    void aBadDecimalSettingIsATemplateError() {
        assertThatThrownBy(() -> journey("decimal: comma", "")).isInstanceOf(InputException.class)
                .hasMessage("t.yaml: line 2: \"decimal\" must be \".\" or \",\" (in quotes), not \"comma\"");
    }
}
