package dev.journeydash.xlsx;

import dev.journeydash.model.Brand;
import dev.journeydash.model.Theme;

import dev.journeydash.labels.Labels;

import java.time.Instant;
import java.util.Objects;

/**
 * How a workbook is rendered. Immutable; build with {@link #builder()}.
 *
 * @param periodsAhead  empty period rows prepared after the data, so appended Data rows appear
 * @param brand         colours, fonts, logo, page texts and currency (the workbook's theme part is made from them)
 * @param documentDate  the creation date written into the document properties (for reproducible output)
 * @param compression   zip deflate level of the workbook's parts, 0 (store) to 9
 * @param rawCompression zip deflate level of the raw data sheet, which can hold a million rows
 * @param selected      0-based index of the period the dashboard shows; -1 for the one the journey's {@code select}
 *                      names: the latest, or the latest the data covers whole
 * @param provenance    the template or preset the workbook was made from, recorded on its stamp sheet so that
 *                      {@code refresh} can make it again, with the revision history its About sheet lists;
 *                      null for no stamp
 * @param chosen        whether {@code selected} is the period the journey's rule chose (latest or latest complete)
 *                      rather than one the caller named: a refresh then moves it to the newest period the rule picks
 * @param labels        the words of the workbook's language (sheet names, headers, statuses, month names)
 * @param title         the Dashboard's title from the brand's snippet; null for "client \u2013 journey"
 * @param insights      the insight sentences of the period shown, from the brand's snippet, which About lists; empty for none
 */
public record RenderOptions(int periodsAhead, Brand brand, Instant documentDate, int compression, int rawCompression,
                            int selected, Provenance provenance, boolean chosen, Labels labels, String title,
                            java.util.List<String> insights) {
    public RenderOptions {
        Objects.requireNonNull(labels, "labels");
        insights = java.util.List.copyOf(insights);
        if (periodsAhead < 0 || periodsAhead > 1000) {
            throw new IllegalArgumentException("periodsAhead must be 0..1000, not " + periodsAhead);
        }
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(documentDate, "documentDate");
        if (compression < 0 || compression > 9) {
            throw new IllegalArgumentException("compression must be 0..9, not " + compression);
        }
        if (rawCompression < 0 || rawCompression > 9) {
            throw new IllegalArgumentException("rawCompression must be 0..9, not " + rawCompression);
        }
        if (selected < -1) {
            throw new IllegalArgumentException("selected must be a period index or -1, not " + selected);
        }
    }

    /** The colours and fonts of {@link #brand()}. */
    public Theme theme() {
        return brand.theme();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder with defaults: 36 periods ahead, the default brand, date 2000-01-01, compression 6 (raw data 1). */
    public static final class Builder {
        private int periodsAhead = 36;
        private Brand brand = Brand.DEFAULT;
        private Instant documentDate = Instant.parse("2000-01-01T00:00:00Z");
        private int compression = 6;
        /** Level 1: a third of level 6's time for 30 % more bytes on a million rows (bench/README.md). */
        private int rawCompression = 1;
        private int selected = -1;
        private Provenance provenance;
        private Boolean chosen;
        private Labels labels = Labels.english();
        private String title;
        private java.util.List<String> insights = java.util.List.of();

        /** The Dashboard's title and About's insight sentences from the brand's snippets (default: none). */
        public Builder texts(String t, java.util.List<String> sentences) {
            this.title = t;
            this.insights = sentences;
            return this;
        }

        /** The workbook's language (the default English). */
        public Builder labels(Labels l) {
            this.labels = l;
            return this;
        }

        /** The period the dashboard shows, 0-based; -1 (the default) for the journey's choice (see {@link RenderOptions}). */
        public Builder selected(int index) {
            this.selected = index;
            return this;
        }

        public Builder periodsAhead(int n) {
            this.periodsAhead = n;
            return this;
        }

        /** The brand (default: {@link Brand#DEFAULT}). */
        public Builder brand(Brand b) {
            this.brand = b;
            return this;
        }

        public Builder documentDate(Instant d) {
            this.documentDate = d;
            return this;
        }

        public Builder compression(int level) {
            this.compression = level;
            return this;
        }

        public Builder rawCompression(int level) {
            this.rawCompression = level;
            return this;
        }

        /** The template or preset to record on the stamp sheet; null (the default) for none. */
        public Builder provenance(Provenance p) {
            this.provenance = p;
            return this;
        }

        /** Whether the selected period is the rule's choice; by default, when {@link #selected} is -1. */
        public Builder chosen(boolean c) {
            this.chosen = c;
            return this;
        }

        public RenderOptions build() {
            return new RenderOptions(periodsAhead, brand, documentDate, compression, rawCompression, selected, provenance,
                    chosen != null ? chosen : selected < 0, labels, title, insights);
        }
    }
}
