package dev.journeydash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected values computed independently (src/test/resources/oracle/compute_oracle.py, formulas
 * translated by hand): one row per period and KPI, stage score ({@code stage:<id>}) or journey score.
 */
public record Oracle(String period, String id, double value) {
    /** The rows of an oracle file; {@code value} is NaN where the oracle says blank. */
    public static List<Oracle> read(Path file) {
        try {
            List<Oracle> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                out.add(new Oracle(f[0], f[1], f[2].isEmpty() ? Double.NaN : Double.parseDouble(f[2])));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 0-based index of {@code period} ("2025-06") among periods starting at {@code first} ("2024-01"), monthly. */
    public static int monthIndex(String first, String period) {
        int y0 = Integer.parseInt(first.substring(0, 4));
        int m0 = Integer.parseInt(first.substring(5, 7));
        int y = Integer.parseInt(period.substring(0, 4));
        int m = Integer.parseInt(period.substring(5, 7));
        return (y - y0) * 12 + (m - m0);
    }
}
