package dev.journeydash.compute;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes KPI values, scores, the journey score, the funnel and the friction points for every period. */
public final class Calculator {
    private Calculator() { }

    public static Results compute(Journey journey, DataSet input) {
        boolean segmented = journey.segmentation().active() && input.raw() != null;
        // with segments, a last-value measure is the sum of the rows on the period's last date, in All as in each segment
        DataSet data = segmented ? SegmentSplit.lastAsSum(journey, input) : input;
        int n = data.periods().size();
        Map<String, double[]> values = kpiValues(journey, data);
        Map<String, double[]> scores = new HashMap<>();
        journey.kpis().forEach(k -> {
            double[] s = new double[n];
            double[] v = values.get(k.id());
            for (int i = 0; i < n; i++) {
                // the target in force in that period: a later change leaves earlier scores alone
                s[i] = Scoring.score(v[i], k.target(data.periods().get(i)), k.direction());
            }
            scores.put(k.id(), s);
        });
        Map<String, double[]> stageScores = new HashMap<>();
        for (Stage st : journey.stages()) {
            stageScores.put(st.id(), weightedMeans(st.kpis().stream().map(k -> scores.get(k.id())).toList(),
                    st.kpis().stream().mapToDouble(Kpi::weight).toArray(), n));
        }
        double[] journeyScore = weightedMeans(journey.stages().stream().map(st -> stageScores.get(st.id())).toList(),
                journey.stages().stream().mapToDouble(Stage::weight).toArray(), n);
        List<Funnel> funnels = new ArrayList<>(n);
        List<List<FrictionPoint>> friction = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            funnels.add(Funnel.of(journey.funnel(), data, i));
            friction.add(FrictionPoint.of(journey.stages(), scores, i));
        }
        SegmentResults segments = segmented ? SegmentSplit.of(journey, data) : SegmentResults.NONE;
        return new Results(journey, data, values, scores, stageScores, journeyScore, funnels, friction,
                dev.journeydash.model.Brand.DEFAULT, segments);
    }

    /** Every KPI's value per period, each computed after the KPIs it reads. */
    private static Map<String, double[]> kpiValues(Journey journey, DataSet data) {
        int n = data.periods().size();
        Map<String, double[]> values = new HashMap<>();
        Map<String, Kpi> byId = new LinkedHashMap<>();
        journey.kpis().forEach(k -> byId.put(k.id(), k));
        Evaluator.Lookup lookup = (id, period) -> {
            if (period < 0 || period >= n) {
                return Double.NaN;
            }
            double[] kv = values.get(id);
            return kv != null ? kv[period] : data.measures().containsKey(id) ? data.value(id, period) : Double.NaN;
        };
        for (Kpi k : order(byId)) {
            double[] v = new double[n];
            values.put(k.id(), v);
            Arrays.fill(v, Double.NaN);
            // periods in order, so that prev() of the KPI itself reads an earlier, computed period
            for (int i = 0; i < n; i++) {
                v[i] = Evaluator.evaluate(k.formula(), i, lookup);
            }
        }
        return values;
    }

    /** Per period, the weighted mean of {@code series} (each with a value per period) with {@code weights}. */
    private static double[] weightedMeans(List<double[]> series, double[] weights, int periods) {
        double[] out = new double[periods];
        for (int i = 0; i < periods; i++) {
            double[] row = new double[series.size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = series.get(j)[i];
            }
            out[i] = Scoring.weightedMean(row, weights);
        }
        return out;
    }

    /**
     * KPIs ordered so that each comes after the KPIs it reads in the same period (the template
     * loader has rejected cycles). A KPI that reads itself through prev() is computed period by period.
     */
    private static List<Kpi> order(Map<String, Kpi> byId) {
        List<Kpi> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String id : byId.keySet()) {
            visit(id, byId, done, out);
        }
        return out;
    }

    private static void visit(String id, Map<String, Kpi> byId, Set<String> done, List<Kpi> out) {
        if (!done.add(id)) {
            return;
        }
        Kpi k = byId.get(id);
        k.formula().forEachRef((ref, lag) -> {
            if (byId.containsKey(ref) && !ref.equals(id)) {
                visit(ref, byId, done, out);
            }
        });
        out.add(k);
    }
}
