package dev.journeydash.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a data set's measures came from, for a journey with {@code sources:}: each source's
 * summary, the rows kept for raw-data sheets, and the periods the data covers only in part.
 *
 * @param sources one summary per source, in template order; empty for a journey that reads one CSV
 * @param kept    the sources' rows kept for the workbook (those finer than the period)
 * @param partial period index (0-based) to what the data covers of it, for each partial period
 */
public record Sourcing(List<Summary> sources, List<KeptRows> kept, Map<Integer, Coverage> partial) {
    /** A journey that reads one wide or long CSV. */
    public static final Sourcing NONE = new Sourcing(List.of(), List.of(), Map.of());

    public Sourcing {
        sources = List.copyOf(sources);
        kept = List.copyOf(kept);
        partial = Map.copyOf(partial);
    }

    /** Whether period {@code index} is covered only in part. */
    public boolean isPartial(int index) {
        return partial.containsKey(index);
    }

    /**
     * The days of a period the data covers.
     *
     * @param first the first day with data
     * @param last  the last day with data
     */
    public record Coverage(LocalDate first, LocalDate last) {
        public Coverage {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /**
     * What one source gave.
     *
     * @param name     the source's name
     * @param file     the file read
     * @param preset   the preset it used, or null
     * @param rows     data rows read (summary rows and other tables not counted)
     * @param counted  rows that met the source's filter
     * @param first    the earliest date of a row, null when undated
     * @param last     the latest date of a row, null when undated
     * @param measures the ids of the measures it defined, with how each is computed ("count_distinct of Name")
     * @param values   the measures written as values in the workbook (not formulas), with why
     * @param query    for a SQL source: the database (its JDBC URL, which holds no secret) and the query as written,
     *                 parameters as {@code :name}, never their values; null for a file
     */
    public record Summary(String name, String file, String preset, int rows, int counted, LocalDate first, LocalDate last,
                          Map<String, String> measures, Map<String, String> values, Query query) {
        public Summary {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        /** What a file source gave. */
        public Summary(String name, String file, String preset, int rows, int counted, LocalDate first, LocalDate last,
                       Map<String, String> measures, Map<String, String> values) {
            this(name, file, preset, rows, counted, first, last, measures, values, null);
        }

        /** This summary for a SQL source's {@code query}, its measures described by {@code measures}. */
        public Summary withQuery(Query query, Map<String, String> measures) {
            return new Summary(name, file, preset, rows, counted, first, last, measures, values, query);
        }
    }

    /**
     * The query a SQL source ran, as the About sheet records it.
     *
     * @param database the JDBC URL (never with a password: templates refuse one)
     * @param text     the query as the template or its file writes it, or as journeydash wrote it for a table
     * @param params   the names of the parameters bound into it, without their values
     */
    public record Query(String database, String text, java.util.List<String> params) {
        public Query {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(text, "text");
            params = java.util.List.copyOf(params);
        }
    }
}
