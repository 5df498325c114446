package dev.journeydash.source.table;

import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Period;
import dev.journeydash.model.Source;
import dev.journeydash.model.Sourcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one source gave: its periods, each measure's value per period, its rows when they are
 * finer than the period, and its summary.
 *
 * @param source  the source
 * @param periods consecutive periods from its first row's to its last row's
 * @param values  measure id to one value per period of {@code periods}
 * @param kept    the rows, when some period has more than one; null otherwise
 * @param first   the earliest day of a row when rows are dated by day, else null
 * @param last    the latest such day, else null
 * @param summary what the About sheet says of it
 * @param notes   what reading it noticed
 */
public record SourceData(Source source, List<Period> periods, Map<String, double[]> values, KeptRows kept,
                         LocalDate first, LocalDate last, Sourcing.Summary summary, List<String> notes) {
    public SourceData {
        periods = List.copyOf(periods);
        values = Map.copyOf(values);
        notes = List.copyOf(notes);
    }
}
