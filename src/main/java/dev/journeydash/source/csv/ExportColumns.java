package dev.journeydash.source.csv;

import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Source;
import dev.journeydash.source.table.SourceColumns;

import java.util.List;
import java.util.TreeSet;

/**
 * Where the columns a source reads are in an export's header (0-based indexes), and which cells
 * of a record the reader keeps: the first (for summary rows), the date column (-1 for a source
 * dated by a value), the number columns and the text columns, in {@link SourceColumns} order.
 * Every named column is in the header: {@link Preamble} found it so.
 *
 * @param header  the header as in the file
 * @param date    the date column, -1 when the source is dated by a value
 * @param numbers per number column, its index in the header
 * @param texts   per text column, its index in the header
 * @param wanted  the header indexes the reader keeps, ascending; a record's kept cells are in this order
 */
record ExportColumns(List<String> header, int date, int[] numbers, int[] texts, int[] wanted) {
    static ExportColumns of(List<String> header, Source source, SourceColumns columns) {
        int date = source.date().column() == null ? -1 : index(header, source.date().column());
        int[] numbers = new int[columns.numbers()];
        int[] texts = new int[columns.texts()];
        TreeSet<Integer> wanted = new TreeSet<>();
        wanted.add(0);
        if (date >= 0) {
            wanted.add(date);
        }
        for (KeptRows.Column c : columns.list()) {
            int i = index(header, c.header());
            wanted.add(i);
            if (c.number()) {
                numbers[c.index()] = i;
            } else {
                texts[c.index()] = i;
            }
        }
        return new ExportColumns(List.copyOf(header), date, numbers, texts, wanted.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The header's first column named {@code name} (matched as headers are). */
    private static int index(List<String> header, String name) {
        String key = KeptRows.normalise(name);
        for (int i = 0; i < header.size(); i++) {
            if (KeptRows.normalise(header.get(i)).equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("the header has no column " + name + ", though the preamble search found one");
    }

    /** The slot of header column {@code column} among the kept cells. */
    int slot(int column) {
        return java.util.Arrays.binarySearch(wanted, column);
    }

    /** The name of column {@code i} as messages give it: its header, or {@code #n} (1-based) when blank. */
    String name(int i) {
        return header.get(i).isBlank() ? "#" + (i + 1) : header.get(i);
    }
}
