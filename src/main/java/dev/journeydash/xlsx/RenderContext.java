package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Period;

import java.util.List;
import java.util.Objects;

/**
 * What one rendering writes, apart from where it goes: the results, the period the Dashboard
 * shows and the styles. Where things go is the {@link WorkbookLayout}.
 *
 * @param results  the numbers, also the cached values of the formulas
 * @param selected the period the Dashboard shows, 0-based
 * @param styles   the workbook's cell styles
 * @param layout   the cell contract
 * @param sourced  how the measures of the sources' kept rows are written (formulas or values)
 * @param history  revisions found by refreshes, oldest first, for the About sheet
 * @param labels   the words of the workbook's language
 * @param title    the Dashboard's title from the brand's snippet; null for "client \u2013 journey"
 * @param insights the insight sentences of the period shown, for About; empty for none
 * @param segmentLayout where the segment calculation is on the Dashboard; null for a workbook without segments
 *                 ({@link #segmentLayoutFor})
 */
record RenderContext(Results results, int selected, Styles styles, WorkbookLayout layout, SourcedMeasures sourced,
                     List<String> history, Labels labels, String title, List<String> insights, SegmentLayout segmentLayout) {
    RenderContext {
        insights = List.copyOf(insights);
        Objects.requireNonNull(labels, "labels");
        history = List.copyOf(history);
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(styles, "styles");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(sourced, "sourced");
        if (selected < 0 || selected >= results.periodCount()) {
            throw new IllegalArgumentException("selected must be 0.." + (results.periodCount() - 1) + ", not " + selected);
        }
    }

    /**
     * The layout of the workbook for {@code results}: their journey, their periods plus
     * {@code periodsAhead}, their extra columns, a trend window of their period count, and a raw data sheet when they have raw rows or
     * one per source whose rows are kept.
     */
    static WorkbookLayout layoutFor(Results results, int periodsAhead) {
        WorkbookLayout layout = WorkbookLayout.of(results.journey(), results.periodCount() + periodsAhead,
                results.data().extras().size()).withWindow(results.periodCount());
        var raw = results.data().raw();
        List<KeptRows> kept = results.data().sourcing().kept();
        if (raw != null && !kept.isEmpty()) {
            throw new IllegalArgumentException("the data has raw rows of one CSV and kept rows of sources");
        }
        if (!kept.isEmpty()) {
            return layout.withSourceRows(kept.stream().map(WorkbookLayout.KeptSource::of).toList());
        }
        return raw == null ? layout : layout.withRawData(raw.textHeaders().size());
    }

    /**
     * The period the options ask for: -1 is the one the journey opens on, the latest, or for
     * {@link Journey.Selection#LATEST_COMPLETE} the latest the data covers whole (the latest when
     * every period is partial).
     */
    static int selectedPeriod(Results results, int option) {
        if (option >= results.periodCount()) {
            throw new IllegalArgumentException("selected period " + option + " is past the data's "
                    + results.periodCount() + " periods");
        }
        if (option >= 0) {
            return option;
        }
        int latest = results.periodCount() - 1;
        if (results.journey().select() == Journey.Selection.LATEST_COMPLETE) {
            for (int i = latest; i >= 0; i--) {
                if (!results.data().sourcing().isPartial(i)) {
                    return i;
                }
            }
        }
        return latest;
    }

    /** Where the segment calculation of {@code results} is on {@code layout}'s Dashboard; null without segments. */
    static SegmentLayout segmentLayoutFor(Results results, WorkbookLayout layout) {
        return results.data().raw() == null ? null
                : SegmentLayout.of(results.journey(), layout.dashboard(), results.segments());
    }

    /** The text of {@code key} in the workbook's language, placeholders filled. */
    String word(String key, Object... args) {
        return args.length == 0 ? labels.get(key) : labels.format(key, args);
    }

    /** A column width (in characters) of at least {@code min} that fits the longest of the words of {@code keys}. */
    int widthFor(int min, String... keys) {
        int longest = 0;
        for (String k : keys) {
            longest = Math.max(longest, labels.get(k).length());
        }
        return Math.max(min, longest + 2);
    }

    /** {@link #widthFor} of the format words. */
    int formatWidth(int min) {
        return widthFor(min, "format.integer", "format.number", "format.decimal", "format.percent", "format.currency",
                "format.duration");
    }

    /** {@link #widthFor} of the Better words. */
    int directionWidth(int min) {
        return widthFor(min, "direction.higher", "direction.lower");
    }

    Journey journey() {
        return results.journey();
    }

    int periodCount() {
        return results.periodCount();
    }

    /** Prepared period {@code i} (0-based): the data's, then those after its last. */
    Period preparedPeriod(int i) {
        List<Period> periods = results.data().periods();
        if (i < periods.size()) {
            return periods.get(i);
        }
        Period p = periods.get(periods.size() - 1);
        for (int j = periods.size() - 1; j < i; j++) {
            p = p.next();
        }
        return p;
    }
}
