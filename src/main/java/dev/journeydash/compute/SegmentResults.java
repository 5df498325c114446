package dev.journeydash.compute;

import dev.journeydash.model.Segmentation;

import java.util.List;
import java.util.Objects;

/**
 * The results of each segment: the values of the segment column largest first by the ranking
 * measure, then "Other" when there are more than the template shows. "All" is the enclosing
 * {@link Results} itself; its summed measures are the sums of the groups'.
 *
 * @param segmentation the template's segment dimension
 * @param groups       the selector's choices after "All", in order
 * @param results      per group (parallel to {@code groups}), its KPIs, scores, statuses and friction points
 *                     computed from its own measures, every period
 */
public record SegmentResults(Segmentation segmentation, List<SegmentGroup> groups, List<Results> results) {
    /** No segments. */
    public static final SegmentResults NONE = new SegmentResults(Segmentation.NONE, List.of(), List.of());

    public SegmentResults {
        Objects.requireNonNull(segmentation, "segmentation");
        groups = List.copyOf(groups);
        results = List.copyOf(results);
        if (groups.size() != results.size()) {
            throw new IllegalArgumentException(groups.size() + " groups but " + results.size() + " results");
        }
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public int size() {
        return groups.size();
    }

    /** Whether the last group is "Other". */
    public boolean hasOther() {
        return !groups.isEmpty() && groups.get(groups.size() - 1).other();
    }

    /**
     * Whether {@code kpi} is a volume: one summed measure alone (visitors, orders), larger in a larger
     * segment. A segment's share of a volume is not measured against the journey's target, nor is
     * its size a friction point.
     */
    public static boolean isVolume(dev.journeydash.model.Journey journey, dev.journeydash.model.Kpi kpi) {
        return kpi.formula() instanceof dev.journeydash.model.Expr.Ref ref && journey.measure(ref.id())
                .map(m -> m.aggregation() == dev.journeydash.model.Measure.Aggregation.SUM).orElse(false);
    }

    /** The values shown one by one (every group but Other), as the data spells them. */
    public List<String> topValues() {
        return groups.stream().filter(g -> !g.other()).map(SegmentGroup::name).toList();
    }
}
