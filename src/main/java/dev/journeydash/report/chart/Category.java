package dev.journeydash.report.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * A category as JFreeChart keys it: its place and its label (JFreeChart draws a category's
 * {@code toString()}); equal labels stay distinct by their place.
 *
 * @param index 0-based place among the categories
 */
record Category(int index, String label) implements Comparable<Category> {
    /** Most labels on a time axis. */
    static final int MAX_LABELS = 12;

    /** Every category labelled. */
    static List<Category> all(List<String> labels) {
        List<Category> out = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            out.add(new Category(i, labels.get(i)));
        }
        return out;
    }

    /**
     * How many periods apart the labels of a time axis are: the smallest k that gives at most
     * {@link #MAX_LABELS} labels, each with room for the widest label and a gap.
     *
     * @param axisWidth the axis's length in pixels, about
     */
    static int step(List<String> labels, Font font, double axisWidth) {
        int n = labels.size();
        double widest = labels.stream().mapToDouble(l -> Fonts.width(font, l)).max().orElse(0);
        double slot = axisWidth / n;
        return (int) Math.max(1, Math.max(Math.ceil(n / (double) MAX_LABELS), Math.ceil((widest + 12) / slot)));
    }

    @Override
    public int compareTo(Category o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return label;
    }
}
