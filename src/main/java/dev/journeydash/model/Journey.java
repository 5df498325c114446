package dev.journeydash.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A customer-journey template: what is measured, the stages and their KPIs, and the funnel.
 *
 * @param name        title of the journey
 * @param client      client name for the banner; may be empty, never null
 * @param description one line under the title; may be empty, never null
 * @param granularity length of one period
 * @param currency    currency symbol used by the currency format
 * @param measures    measures in Data-sheet column order
 * @param stages      stages in journey order
 * @param funnel      funnel steps, widest first; may be empty
 * @param decimal     the data's decimal separator, or DETECT to detect it per file
 * @param dateOrder   order of day and month in the data's nn/nn/yyyy dates, or DETECT
 * @param sources     where the measures come from; empty for a journey that reads one wide or long CSV
 * @param select      which period the dashboard opens on
 * @param segmentation the segment dimension, {@link Segmentation#NONE} for none
 */
public record Journey(String name, String client, String description, Granularity granularity, String currency,
                      List<Measure> measures, List<Stage> stages, List<FunnelStep> funnel, Decimal decimal,
                      DateOrder dateOrder, List<Source> sources, Selection select,
                      Segmentation segmentation) {
    /** Which period the dashboard opens on. */
    public enum Selection {
        /** The latest period that the data covers whole (the latest, when none is partial). */
        LATEST_COMPLETE,
        /** The latest period, partial or not. */
        LATEST;

        /** The key in a template: {@code latest-complete}, {@code latest}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public Journey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(decimal, "decimal");
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(select, "select");
        Objects.requireNonNull(segmentation, "segmentation");
        measures = List.copyOf(measures);
        stages = List.copyOf(stages);
        funnel = List.copyOf(funnel);
        sources = List.copyOf(sources);
    }

    /** A journey without segments. */
    public Journey(String name, String client, String description, Granularity granularity, String currency,
                   List<Measure> measures, List<Stage> stages, List<FunnelStep> funnel, Decimal decimal,
                   DateOrder dateOrder, List<Source> sources, Selection select) {
        this(name, client, description, granularity, currency, measures, stages, funnel, decimal, dateOrder, sources, select,
                Segmentation.NONE);
    }

    /** A journey that reads one wide or long CSV, opening on the latest complete period. */
    public Journey(String name, String client, String description, Granularity granularity, String currency,
                   List<Measure> measures, List<Stage> stages, List<FunnelStep> funnel, Decimal decimal, DateOrder dateOrder) {
        this(name, client, description, granularity, currency, measures, stages, funnel, decimal, dateOrder, List.of(),
                Selection.LATEST_COMPLETE);
    }

    /** This journey with the data's date order declared as {@code order}. */
    public Journey withDateOrder(DateOrder order) {
        return new Journey(name, client, description, granularity, currency, measures, stages, funnel, decimal, order,
                sources, select, segmentation);
    }

    /** This journey made for {@code other} client (a brand's name). */
    public Journey withClient(String other) {
        return new Journey(name, other, description, granularity, currency, measures, stages, funnel, decimal, dateOrder,
                sources, select, segmentation);
    }

    /** This journey reading from {@code other} sources. */
    public Journey withSources(List<Source> other) {
        return new Journey(name, client, description, granularity, currency, measures, stages, funnel, decimal, dateOrder,
                other, select, segmentation);
    }

    /** This journey with {@code other} stages (the same ids, say, with targets edited in a workbook). */
    public Journey withStages(List<Stage> other) {
        return new Journey(name, client, description, granularity, currency, measures, other, funnel, decimal, dateOrder,
                sources, select, segmentation);
    }

    /** This journey opening on {@code selection}. */
    public Journey withSelect(Selection selection) {
        return new Journey(name, client, description, granularity, currency, measures, stages, funnel, decimal, dateOrder,
                sources, selection, segmentation);
    }

    /**
     * This journey with target changes merged into its KPIs' own ({@link Kpi#withChanges}): KPI id to its
     * changes; KPIs not named keep theirs.
     */
    public Journey withTargetChanges(java.util.Map<String, List<TargetChange>> byKpi) {
        List<Stage> changed = stages.stream().map(st -> st.withKpis(st.kpis().stream()
                .map(k -> byKpi.containsKey(k.id()) ? k.withChanges(byKpi.get(k.id())) : k).toList())).toList();
        return new Journey(name, client, description, granularity, currency, measures, changed, funnel, decimal, dateOrder,
                sources, select, segmentation);
    }

    /** This journey without its segment dimension: what each segment's results are computed with. */
    public Journey withoutSegments() {
        return new Journey(name, client, description, granularity, currency, measures, stages, funnel, decimal, dateOrder,
                sources, select, Segmentation.NONE);
    }

    /** All KPIs, stage by stage. */
    public Stream<Kpi> kpis() {
        return stages.stream().flatMap(s -> s.kpis().stream());
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
