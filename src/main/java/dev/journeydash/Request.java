package dev.journeydash;

import dev.journeydash.labels.Labels;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.Journey;
import dev.journeydash.model.ReadOptions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of journeydash: the template, the data, how to read the data and how to render the
 * workbook. Immutable; made with {@link #builder()}, whose {@code build()} says what is missing.
 *
 * @param template     the journey template (YAML); null for the built-in journey of {@code preset} (or the
 *                     preset the data's header identifies)
 * @param data         the KPI data (CSV) of a template without sources, or the file replacing a template's only
 *                     source's; null for the files the template's sources name
 * @param files        source name to the file replacing the one the template names; empty for none
 * @param targets      a targets file (CSV: periods, a column per KPI) whose target changes win over the template's;
 *                     null for none
 * @param read         how to read the data where the template or detection would otherwise decide
 * @param periodsAhead empty period rows prepared after the data, so that rows appended in Excel count (0..1000)
 * @param selected     the period the dashboard shows, 0-based; -1 for the one {@code select} names (the latest when neither it nor the template says)
 * @param preset       the preset to read the data with when there is no template; null to detect it
 * @param select       which period the dashboard opens on when {@code selected} is -1; null for the template's choice
 * @param documentDate the date written into the document properties; empty for {@code SOURCE_DATE_EPOCH}
 *                     when set, else the first day of the latest period in the data
 * @param client       the client's name the workbook and the report show instead of the template's (and the brand's);
 *                     null for the brand's, else the template's
 * @param brand        the brand file (YAML) the workbook and the report are drawn in; null for the one the template
 *                     names ({@code brand:}), else the built-in brand
 * @param language     the language of the workbook's and the report's words, one of {@link Labels#SUPPORTED} ("en", "id",
 *                     "pt-BR"); null for the brand's {@code lang:}, else English (a refresh: the workbook's own)
 */
public record Request(Path template, Path data, Map<String, Path> files, Path targets, ReadOptions read, int periodsAhead, int selected,
                      Journey.Selection select, String preset, Optional<Instant> documentDate, String client, Path brand,
                      String language) {
    /** Periods prepared after the data unless the request says otherwise. */
    public static final int DEFAULT_PERIODS_AHEAD = 36;

    public Request {
        files = Map.copyOf(files);
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(documentDate, "documentDate");
        if (periodsAhead < 0 || periodsAhead > 1000) {
            throw new IllegalArgumentException("periodsAhead must be 0..1000, not " + periodsAhead);
        }
        if (selected < -1) {
            throw new IllegalArgumentException("selected must be a period index or -1, not " + selected);
        }
        language = language == null ? null : Labels.normalise(language);
    }

    /** The labels of {@link #language}, English when it is null. */
    public Labels labels() {
        return Labels.of(language);
    }

    /** A request with every default: data read as the template says or as detected, the template's period shown. */
    public static Request of(Path template, Path data) {
        return builder().template(template).data(data).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This request with other periods ahead and another period shown (what a refresh keeps from the workbook). */
    public Request withRendering(int ahead, int shown) {
        return new Request(template, data, files, targets, read, ahead, shown, select, preset, documentDate, client, brand, language);
    }

    /** This request with the words in {@code code} (one of {@link Labels#SUPPORTED}; null for English). */
    public Request withLanguage(String code) {
        return new Request(template, data, files, targets, read, periodsAhead, selected, select, preset, documentDate, client,
                brand, code);
    }

    /** Builds a {@link Request}; {@link #build()} names every required setting that is missing. */
    public static final class Builder {
        private Path template;
        private Path data;
        private final Map<String, Path> files = new LinkedHashMap<>();
        private Path targets;
        private Journey.Selection select;
        private String preset;
        private Decimal decimal = Decimal.DETECT;
        private DateOrder dateOrder = DateOrder.DETECT;
        private int periodsAhead = DEFAULT_PERIODS_AHEAD;
        private int selected = -1;
        private Instant documentDate;
        private String client;
        private Path brand;
        private String language;
        private boolean rerun;
        private final Map<String, String> params = new LinkedHashMap<>();

        private Builder() { }

        /**
         * The value of a SQL source's parameter {@code :name}, over the template's {@code params:}; bound
         * as a prepared-statement value, never written into the query.
         */
        public Builder param(String name, String value) {
            params.put(name, java.util.Objects.requireNonNull(value, name));
            return this;
        }

        /**
         * A refresh that reads the sources of the workbook's own template again (re-runs its queries,
         * re-reads its files): neither template nor data is then required.
         */
        public Builder rerun() {
            this.rerun = true;
            return this;
        }

        /** The brand file; null (the default) for the one the template names, else the built-in brand. */
        public Builder brand(Path b) {
            this.brand = b;
            return this;
        }

        /**
         * The language of the words (one of {@link Labels#SUPPORTED}: en, id, de, fr, es, pt-BR); null (the default) for
         * the brand's {@code lang:}, else English.
         *
         * @throws IllegalArgumentException for a language not supported, naming the supported codes
         */
        public Builder language(String code) {
            this.language = code == null ? null : Labels.normalise(code);
            return this;
        }

        /** The journey template (required). */
        public Builder template(Path t) {
            this.template = t;
            return this;
        }

        /** The KPI data of a template without sources, or the file of a template's only source. */
        public Builder data(Path d) {
            this.data = d;
            return this;
        }

        /** The file that replaces the one the template's source {@code name} names. */
        public Builder source(String name, Path file) {
            files.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(file, "file"));
            return this;
        }

        /** A targets file (per-period targets, CSV); null (the default) for the template's targets alone. */
        public Builder targets(Path t) {
            this.targets = t;
            return this;
        }

        /** The preset to read the data with when there is no template; null (the default) to detect it. */
        public Builder preset(String name) {
            this.preset = name;
            return this;
        }

        /** Which period the dashboard opens on; null (the default) for the template's {@code select:}. */
        public Builder select(Journey.Selection s) {
            this.select = s;
            return this;
        }

        /** The data's decimal separator; DETECT (the default) leaves it to the template, else detection. */
        public Builder decimal(Decimal d) {
            this.decimal = Objects.requireNonNull(d, "decimal");
            return this;
        }

        /** The order of day and month in the data's nn/nn/yyyy dates; DETECT (the default) as for decimal. */
        public Builder dateOrder(DateOrder o) {
            this.dateOrder = Objects.requireNonNull(o, "dateOrder");
            return this;
        }

        /** Empty period rows prepared after the data (default 36). */
        public Builder periodsAhead(int n) {
            this.periodsAhead = n;
            return this;
        }

        /** The period the dashboard shows, 0-based; -1 (the default) for the one {@code select} or the template names, else the latest. */
        public Builder selected(int index) {
            this.selected = index;
            return this;
        }

        /** The document date; null (the default) for SOURCE_DATE_EPOCH, else the latest period's first day. */
        public Builder documentDate(Instant d) {
            this.documentDate = d;
            return this;
        }

        /** The client's name to show instead of the template's (a batch manifest names it); null (the default) for the template's. */
        public Builder client(String name) {
            this.client = name;
            return this;
        }

        /** The request; {@link IllegalStateException} naming each missing setting and the call that gives it. */
        public Request build() {
            List<String> missing = new ArrayList<>();
            if (template == null && data == null && files.isEmpty() && !rerun) {
                missing.add("the template (call template(Path)), or a data file whose preset gives the journey (call data(Path))");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the request is missing " + String.join(" and ", missing));
            }
            return new Request(template, data, files, targets, new ReadOptions(decimal, dateOrder, params), periodsAhead, selected, select,
                    preset, Optional.ofNullable(documentDate), client, brand, language);
        }
    }
}
