package dev.journeydash.source.sql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Templates of the SQL tests: a small shop journey (orders, revenue) around one source. */
public final class SqlTemplates {
    private SqlTemplates() { }

    /**
     * A template whose {@code sources:} is {@code source}, the YAML of one list item written
     * without indentation (its lines are indented here).
     */
    public static String shop(String period, String source) {
        return """
                name: Shop
                period: %s
                measures:
                  orders: { label: Orders }
                  revenue: { label: Revenue, format: currency }
                sources:
                %s
                stages:
                  - id: buy
                    name: Purchase
                    kpis:
                      - { id: aov, label: Average order value, formula: revenue / orders, format: currency, better: higher, target: 50 }
                      - { id: order_count, formula: orders, better: higher, target: 100 }
                """.formatted(period, indent(source));
    }

    /** Writes {@code text} as {@code name} in {@code dir}. */
    public static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String indent(String source) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : source.strip().split("\n", -1)) {
            out.append(first ? "  - " : "    ").append(line).append('\n');
            first = false;
        }
        return out.toString().stripTrailing();
    }
}
