package dev.journeydash.report;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.FrictionPoint;
import dev.journeydash.compute.Funnel;
import dev.journeydash.compute.Results;
import dev.journeydash.compute.Status;
import dev.journeydash.model.Direction;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Period;
import dev.journeydash.model.Sourcing;
import dev.journeydash.model.Stage;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's data model for one period, as plain maps and lists for the Freemarker template
 * (documented in docs/report.md): every number both as a number and as the text the report
 * shows, every status as a word, a key and an icon. Charts and insight sentences are added by
 * {@link HtmlReport}.
 */
final class ReportData {
    private final Results r;
    private final int p;
    private final Texts texts;
    private final Locale locale;
    private final Labels labels;

    ReportData(Results results, int period, Locale locale, Labels labels) {
        this.labels = labels;
        if (period < 0 || period >= results.periodCount()) {
            throw new IllegalArgumentException("period " + period + " of " + results.periodCount());
        }
        this.r = results;
        this.p = period;
        this.locale = locale;
        // the brand's currency symbol and position, else the template's symbol before the amount
        var brand = results.brand();
        this.texts = new Texts(locale, brand.currency() != null ? brand.currency() : results.journey().currency(),
                brand.currencyPosition() == dev.journeydash.model.Brand.CurrencyPosition.AFTER);
    }

    Texts texts() {
        return texts;
    }

    /** The whole model but the charts and sentences. */
    Map<String, Object> model() {
        Journey j = r.journey();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("journey", j.name());
        m.put("client", j.client());
        m.put("description", j.description());
        m.put("period", period());
        m.put("score", score());
        m.put("stages", stages());
        m.put("funnel", funnel());
        m.put("friction", friction());
        m.put("lang", labels.locale().toLanguageTag());
        Map<String, Object> segments = new SegmentTable(r, p, texts, labels).model();
        if (segments != null) {
            m.put("segments", segments);
        }
        return m;
    }

    private Map<String, Object> period() {
        List<Period> periods = r.data().periods();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", labels.period(periods.get(p)));
        m.put("index", p);
        m.put("first", labels.period(periods.get(0)));
        m.put("last", labels.period(periods.get(periods.size() - 1)));
        m.put("count", periods.size());
        m.put("previous", p > 0 ? labels.period(periods.get(p - 1)) : null);
        Sourcing s = r.data().sourcing();
        LocalDate from = s.sources().stream().map(Sourcing.Summary::first).filter(d -> d != null).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate to = s.sources().stream().map(Sourcing.Summary::last).filter(d -> d != null).max(LocalDate::compareTo)
                .orElse(null);
        m.put("dataFrom", from);
        m.put("dataTo", to);
        m.put("range", from != null && to != null ? day(from) + " \u2013 " + day(to)
                : labels.period(periods.get(0)) + " \u2013 " + labels.period(periods.get(periods.size() - 1)));
        Sourcing.Coverage c = s.partial().get(p);
        m.put("partial", c != null);
        m.put("partialNote", c != null ? labels.format("report.partialNote", day(c.first()), day(c.last())) : null);
        int last = periods.size() - 1;
        Sourcing.Coverage newer = p < last ? s.partial().get(last) : null;
        m.put("newerPartial", newer != null ? labels.format("report.newerPartial", labels.period(periods.get(last)),
                day(newer.first()), day(newer.last())) : null);
        return m;
    }

    private String day(LocalDate d) {
        return d.getDayOfMonth() + " " + labels.month(d.getMonthValue()) + " " + d.getYear();
    }

    private Map<String, Object> score() {
        double now = r.journeyScore(p);
        double before = p > 0 ? r.journeyScore(p - 1) : Double.NaN;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", number(now));
        m.put("text", texts.score(now));
        m.put("previous", number(before));
        m.put("previousText", texts.score(before));
        double change = now - before;
        m.put("change", number(change));
        m.put("changeText", texts.scoreChange(change));
        m.put("trend", trend(change));
        return m;
    }

    private List<Object> stages() {
        int frictionStage = frictionStage();
        List<Object> out = new ArrayList<>();
        List<Stage> stages = r.journey().stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage st = stages.get(i);
            double score = r.stageScore(st.id(), p);
            double before = p > 0 ? r.stageScore(st.id(), p - 1) : Double.NaN;
            Status status = worst(st);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", st.id());
            m.put("number", i + 1);
            m.put("name", st.name());
            m.put("description", st.description());
            m.put("touchpoints", st.touchpoints());
            m.put("painPoints", st.painPoints());
            m.put("score", number(score));
            m.put("scoreText", texts.score(score));
            m.put("changeText", texts.scoreChange(score - before));
            m.put("trend", trend(score - before));
            m.put("status", stageStatus(st));
            m.put("statusKey", Texts.key(status));
            m.put("icon", Texts.icon(status));
            m.put("friction", i == frictionStage);
            m.put("kpis", new ArrayList<>(st.kpis().stream().map(this::card).toList()));
            out.add(m);
        }
        return out;
    }

    /** A stage's status in words: "On track", or how many of its KPIs are off track and at risk. */
    private String stageStatus(Stage st) {
        int off = 0;
        int risk = 0;
        int blank = 0;
        for (Kpi k : st.kpis()) {
            Status s = r.status(k, p);
            off += s == Status.OFF_TRACK ? 1 : 0;
            risk += s == Status.AT_RISK ? 1 : 0;
            blank += s == null ? 1 : 0;
        }
        if (blank == st.kpis().size()) {
            return word(null);
        }
        List<String> parts = new ArrayList<>();
        if (off > 0) {
            parts.add(labels.format("report.offTrackCount", String.valueOf(off)));
        }
        if (risk > 0) {
            parts.add(labels.format("report.atRiskCount", String.valueOf(risk)));
        }
        return parts.isEmpty() ? word(Status.ON_TRACK) : String.join(", ", parts);
    }

    /** A status in words of the language; a blank one as "No data". */
    private String word(Status s) {
        return labels.get(s == null ? "status.none" : "status." + (s.ordinal() + 1));
    }

    /** A stage's status: its worst KPI's; null when every KPI is blank. */
    private Status worst(Stage st) {
        Status worst = null;
        for (Kpi k : st.kpis()) {
            Status s = r.status(k, p);
            if (s != null && (worst == null || s.ordinal() > worst.ordinal())) {
                worst = s;
            }
        }
        return worst;
    }

    Map<String, Object> card(Kpi k) {
        double value = r.kpi(k.id(), p);
        double target = r.target(k, p);
        double before = p > 0 ? r.kpi(k.id(), p - 1) : Double.NaN;
        Status status = r.status(k, p);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("label", k.label());
        m.put("description", k.description());
        m.put("format", k.format().word());
        m.put("better", k.direction() == Direction.LOWER ? "lower" : "higher");
        m.put("value", number(value));
        m.put("valueText", texts.value(k, value));
        m.put("target", target);
        m.put("targetText", texts.value(k, target));
        m.put("varianceText", texts.difference(k, value - target));
        m.put("changeText", texts.difference(k, value - before));
        m.put("trend", trend(value - before));
        m.put("score", number(r.score(k.id(), p)));
        m.put("status", word(status));
        m.put("statusKey", Texts.key(status));
        m.put("icon", Texts.icon(status));
        double gap = Insights.gap(value, target);
        m.put("gap", number(gap));
        m.put("gapText", texts.gap(gap));
        m.put("wrongWay", Insights.wrongWayRun(r, k, p));
        return m;
    }

    private Map<String, Object> funnel() {
        Funnel f = r.funnel(p);
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> steps = new ArrayList<>();
        for (int s = 0; s < f.steps().size(); s++) {
            Funnel.Step step = f.steps().get(s);
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("label", step.step().label());
            st.put("measure", step.step().measure());
            st.put("volume", number(step.volume()));
            st.put("volumeText", texts.count(step.volume()));
            st.put("conversion", number(step.conversion()));
            st.put("conversionText", texts.percent(step.conversion()));
            st.put("dropOffText", texts.percent(step.dropOff()));
            st.put("ofFirstText", texts.percent(step.ofFirst()));
            st.put("largest", s == f.largestDrop());
            steps.add(st);
        }
        m.put("steps", steps);
        if (f.hasLargestDrop()) {
            Funnel.Step to = f.steps().get(f.largestDrop());
            Map<String, Object> drop = new LinkedHashMap<>();
            drop.put("from", f.steps().get(f.largestDrop() - 1).step().label());
            drop.put("to", to.step().label());
            drop.put("dropOff", to.dropOff());
            drop.put("dropOffText", texts.percent(to.dropOff()));
            int stage = frictionStage();
            drop.put("stage", stage >= 0 ? r.journey().stages().get(stage).name() : null);
            m.put("largestDrop", drop);
        } else {
            m.put("largestDrop", null);
        }
        return m;
    }

    private List<Object> friction() {
        List<Object> out = new ArrayList<>();
        for (FrictionPoint fp : r.frictionPoints(p)) {
            Map<String, Object> m = new LinkedHashMap<>(card(fp.kpi()));
            m.put("stage", fp.stage().name());
            m.put("stageId", fp.stage().id());
            out.add(m);
        }
        return out;
    }

    /**
     * The stage where the funnel's largest drop-off happens: the first stage (in journey order)
     * with a KPI whose formula uses the measure of the step customers fail to reach; -1 when the
     * funnel has no drop-off or no KPI uses that measure.
     */
    int frictionStage() {
        Funnel f = r.funnel(p);
        if (!f.hasLargestDrop()) {
            return -1;
        }
        String measure = f.steps().get(f.largestDrop()).step().measure();
        List<Stage> stages = r.journey().stages();
        for (int i = 0; i < stages.size(); i++) {
            for (Kpi k : stages.get(i).kpis()) {
                boolean[] uses = {false};
                k.formula().forEachRef((id, lag) -> uses[0] |= id.equals(measure));
                if (uses[0]) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** {@code up}, {@code down}, {@code flat} or {@code none} (a blank difference). */
    private static String trend(double change) {
        if (!Double.isFinite(change)) {
            return "none";
        }
        return change > 1e-12 ? "up" : change < -1e-12 ? "down" : "flat";
    }

    /** A number for the model; null for a blank (NaN) one. */
    static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
