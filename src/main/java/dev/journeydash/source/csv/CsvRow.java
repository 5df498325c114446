package dev.journeydash.source.csv;

import java.util.List;

/**
 * A CSV record that passed the record checks.
 *
 * @param line  1-based line where the record starts
 * @param cells the cells as read, not stripped
 */
record CsvRow(int line, List<String> cells) {
    /** Cell {@code i} (0-based), empty when the record is shorter. */
    String cell(int i) {
        return i < cells.size() ? cells.get(i) : "";
    }
}
