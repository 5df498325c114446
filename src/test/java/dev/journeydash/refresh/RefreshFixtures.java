package dev.journeydash.refresh;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.io.Output;
import dev.journeydash.model.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The e-commerce sample cut to its first months, and workbooks generated from it, for the
 * refresh tests. Numbers the tests expect are read from the sample CSV by {@link #value}, a plain
 * split of its lines, not through journeydash's reader.
 */
final class RefreshFixtures {
    static final Path TEMPLATE = Path.of("templates/ecommerce.yaml");
    static final Path SAMPLE = Path.of("sample-data/ecommerce.csv");

    private RefreshFixtures() { }

    /** The sample's header and its first {@code months} data lines. */
    static Path firstMonths(Path dir, int months) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        return Files.write(dir.resolve("first-" + months + ".csv"), lines.subList(0, months + 1));
    }

    /** The sample with one cell replaced: {@code column} of the line whose period is {@code period}. */
    static Path withValue(Path dir, String period, String column, String value) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SAMPLE));
        int col = List.of(lines.get(0).split(",")).indexOf(column);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells[0].equals(period)) {
                cells[col] = value;
                lines.set(i, String.join(",", cells));
            }
        }
        return Files.write(dir.resolve("revised.csv"), lines);
    }

    /** A sample cell as written in the CSV. */
    static String cell(String period, String column) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE);
        int col = List.of(lines.get(0).split(",")).indexOf(column);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(period)) {
                return cells[col];
            }
        }
        throw new IllegalArgumentException("no period " + period);
    }

    static double value(String period, String column) throws IOException {
        return Double.parseDouble(cell(period, column));
    }

    /** Generates the e-commerce workbook of {@code data} at {@code out}. */
    static Path generate(Path data, Path out) throws Exception {
        Journeydash.generate(Request.of(TEMPLATE, data), Output.file(out), Progress.NONE);
        return out;
    }

    /** Refreshes {@code workbook} with {@code data}, keeping a backup. */
    static Refreshed refresh(Path workbook, Path data) throws Exception {
        return Journeydash.refresh(workbook, Request.builder().data(data).build(), true, Progress.NONE);
    }
}
