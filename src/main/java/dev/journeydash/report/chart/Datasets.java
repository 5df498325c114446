package dev.journeydash.report.chart;

import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;

/** A spec's series as JFreeChart datasets; null values stay nulls (gaps). */
final class Datasets {
    private Datasets() { }

    /** Series as rows, categories as columns. */
    static DefaultCategoryDataset categories(List<Series> series, List<Category> categories) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(series.get(s).values().get(c), key(series, s), categories.get(c));
            }
        }
        return data;
    }

    /** Series over x = 0-based category index + {@code shift}. */
    static XYSeriesCollection xy(List<Series> series, int shift) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < series.size(); s++) {
            XYSeries xy = new XYSeries(key(series, s), false, true);
            List<Double> values = series.get(s).values();
            for (int c = 0; c < values.size(); c++) {
                xy.add(c + shift, values.get(c));
            }
            data.addSeries(xy);
        }
        return data;
    }

    private static SeriesKey key(List<Series> series, int s) {
        String name = series.get(s).name();
        return new SeriesKey(s, name.isEmpty() ? "series " + (s + 1) : name);
    }

    /** A series as JFreeChart keys it: its name in the legend, kept apart from a namesake by its place. */
    private record SeriesKey(int index, String name) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
