package dev.journeydash.source.csv;

import dev.journeydash.model.DataSet;

import java.util.ArrayList;
import java.util.List;

/** Extra columns (texts that are not measures) as the workbook shows them: a cell that reads as a number is that number. */
final class ExtraNumbers {
    private ExtraNumbers() { }

    /** {@code data} with every extra-column text that {@code numbers} reads as a number replaced by the number. */
    static DataSet typed(DataSet data, NumberParser numbers) {
        if (data.extras().isEmpty()) {
            return data;
        }
        List<DataSet.ExtraColumn> extras = new ArrayList<>();
        for (DataSet.ExtraColumn column : data.extras()) {
            List<Object> cells = new ArrayList<>(column.values().size());
            for (Object cell : column.values()) {
                Double v = cell instanceof String text ? numbers.parse(text) : null;
                cells.add(v != null ? v : cell);
            }
            extras.add(new DataSet.ExtraColumn(column.header(), cells));
        }
        return new DataSet(data.source(), data.periods(), data.measures(), extras, data.notes(), data.raw());
    }
}
