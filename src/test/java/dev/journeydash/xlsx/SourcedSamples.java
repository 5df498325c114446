package dev.journeydash.xlsx;

import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.Condition.Op;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Period;
import dev.journeydash.model.Source;
import dev.journeydash.model.SourceMeasure.How;
import dev.journeydash.model.Sourcing;
import dev.journeydash.template.TemplateLoader;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.journeydash.xlsx.KeptRowsBuilder.compare;
import static dev.journeydash.xlsx.KeptRowsBuilder.empty;
import static dev.journeydash.xlsx.KeptRowsBuilder.is;
import static dev.journeydash.xlsx.KeptRowsBuilder.texts;

/**
 * A shop's journey fed by sources, built by hand for the tests: a Shopify-like order export
 * (events, one row per line item), daily ad totals and a monthly survey that is not kept, over
 * January to April 2026, January and April partial. Every measure value below is worked out by
 * hand from the rows (see the comments), never by the code under test. {@link #corrected()} is
 * the same data after a user corrected two raw rows.
 */
public final class SourcedSamples {
    static final String NAN = "NaN";
    static final double X = Double.NaN;
    /** Jan to Apr 2026. */
    public static final List<Period> PERIODS = List.of(month(1), month(2), month(3), month(4));

    private SourcedSamples() { }

    static Period month(int m) {
        return new Period(LocalDate.of(2026, m, 1), Granularity.MONTH);
    }

    /** The order export: filter Total > 0 (the voided #1003 fails it); a measure for most kinds of condition. */
    static KeptRowsBuilder shop(double feb14Total) {
        return new KeptRowsBuilder("shop", "Created at", Source.RowKind.EVENTS)
                .text("Name").text("Financial Status").number("Total").number("Refunded Amount").text("Email").text("Tags")
                .text("Discount Code")
                .row("2026-01-05", "#1001", "paid", 100.0, null, "a@x.com", "retail", null)
                .row("2026-01-05", "#1001", "paid", 20.0, null, "a@x.com", "retail", "VIP10")
                .row("2026-01-20", "#1002", "refunded", 50.0, 50.0, "b@x.com", "wholesale, big", null)
                .row("2026-01-28", "#1003", "voided", 0.0, null, null, null, null)
                .row("2026-02-02", "#1004", "partially_refunded", 80.0, 30.0, "a@x.com", "Wholesale", "VIP5")
                .row("2026-02-14", "#1005", "PAID", 40.0, null, "c@x.com", null, "SPRING")
                .row("2026-02-14", "#1005", "paid", feb14Total, null, "c@x.com", null, null)
                .row("2026-04-01", "#1010", "paid", 200.0, null, "d@x.com", "retail", "SPRING")
                .row("2026-04-10", "#1011", "pending", 30.0, null, null, null, null)
                .filter(compare("Total", Op.GT, 0))
                .measure("orders", How.COUNT_DISTINCT, "Name")
                .measure("line_items", How.COUNT, null)
                .measure("revenue", How.SUM, "Total", texts("Financial Status", Op.ONE_OF, "paid", "partially_refunded"))
                .measure("refunds", How.SUM, "Refunded Amount", texts("Financial Status", Op.ONE_OF, "refunded", "partially_refunded"))
                .measure("discounted", How.COUNT, null, empty("Discount Code", false))
                .measure("wholesale_revenue", How.SUM, "Total", texts("Tags", Op.CONTAINS, "wholesale"))
                .measure("retail_items", How.COUNT, null, texts("Tags", Op.NOT_CONTAINS, "wholesale"))
                .measure("early_avg", How.AVERAGE, "Total", texts("Name", Op.STARTS_WITH, "#100"))
                .measure("max_item", How.MAX, "Total", texts("Financial Status", Op.NOT, "voided"))
                .measure("min_item", How.MIN, "Total", texts("Financial Status", Op.ONE_OF, "paid", "refunded"))
                .measure("no_email", How.COUNT, null, empty("Email", true))
                .measure("other_avg", How.AVERAGE, "Total", texts("Financial Status", Op.NOT_ONE_OF, "paid"),
                        texts("Discount Code", Op.NOT_STARTS_WITH, "VIP"))
                .measure("new_customers", How.COUNT_NEW, "Email");
    }

    /** Daily ad totals (none in January): "test" campaigns left out by the measures' own conditions. */
    static KeptRowsBuilder ads(double feb15Spend) {
        return new KeptRowsBuilder("ads", "Day", Source.RowKind.TOTALS)
                .text("Campaign").number("Spend").number("Clicks")
                .row("2026-02-01", "Brand", 10.0, 5.0)
                .row("2026-02-01", "test-A", 3.0, 1.0)
                .row("2026-02-15", "Generic", feb15Spend, null)
                .row("2026-03-03", "brand", 12.0, 8.0)
                .row("2026-03-20", "Test b", 2.0, 2.0)
                .row("2026-04-10", "Generic", 5.0, 4.0)
                .measure("spend", How.SUM, "Spend", texts("Campaign", Op.NOT_STARTS_WITH, "test"))
                .measure("brand_clicks", How.SUM, "Clicks", is("Campaign", "Brand"))
                .measure("last_clicks", How.LAST, "Clicks")
                .measure("peak_clicks", How.MAX, "Clicks", texts("Campaign", Op.NOT_STARTS_WITH, "test"))
                .measure("ad_days", How.COUNT, null);
    }

    /** The hand-worked values, Jan to Apr (X: blank), with Feb 14's second line item at {@code t} and Feb 15's spend at {@code s}. */
    static Map<String, double[]> measures(double t, double s) {
        Map<String, double[]> m = new LinkedHashMap<>();
        // shop, rows counted (Total > 0): Jan #1001 100, #1001 20, #1002 50; Feb #1004 80, #1005 40, #1005 t; Apr #1010 200, #1011 30
        m.put("orders", new double[] {2, 2, 0, 2});
        m.put("line_items", new double[] {3, 3, 0, 2});
        m.put("revenue", new double[] {120, 80 + 40 + t, 0, 200});                 // paid (any case) or partially_refunded
        m.put("refunds", new double[] {50, 30, 0, 0});                              // refunded or partially_refunded
        m.put("discounted", new double[] {1, 2, 0, 1});                             // VIP10; VIP5, SPRING; SPRING
        m.put("wholesale_revenue", new double[] {50, 80, 0, 0});                    // "wholesale, big"; "Wholesale"
        m.put("retail_items", new double[] {2, 2, 0, 2});
        m.put("early_avg", new double[] {170.0 / 3, (80 + 40 + t) / 3, X, X});      // names #100x; #1010 and #1011 are not
        m.put("max_item", new double[] {100, Math.max(80, t), X, 200});
        m.put("min_item", new double[] {20, Math.min(40, t), X, 200});              // paid or refunded only
        m.put("no_email", new double[] {0, 0, 0, 1});                               // #1011 (#1003 fails the filter)
        m.put("other_avg", new double[] {50, X, X, 30});                            // not paid, no VIP code: #1002; #1011
        m.put("new_customers", new double[] {2, 1, 0, 1});                          // a, b; c; d
        // ads, totals: Jan has no rows
        m.put("spend", new double[] {X, 10 + s, 12, 5});                            // not test-A, Test b
        m.put("brand_clicks", new double[] {X, 5, 8, X});                           // Brand, brand; none in April
        m.put("last_clicks", new double[] {X, X, 2, 4});                            // Feb's last row has no clicks
        m.put("peak_clicks", new double[] {X, 5, 8, 4});
        m.put("ad_days", new double[] {X, 3, 2, 1});
        // the survey, one row a month: not kept
        m.put("nps", new double[] {41, 44, 39, 45});
        return m;
    }

    static final String TEMPLATE = """
            name: Online shop
            client: Demo Store
            period: month
            measures:
              orders: { label: Orders }
              line_items: { label: Line items }
              revenue: { label: Revenue, format: currency }
              refunds: { label: Refunds, format: currency }
              discounted: { label: Discounted items }
              wholesale_revenue: { label: Wholesale revenue, format: currency }
              retail_items: { label: Retail items }
              early_avg: { label: Early orders average, format: currency }
              max_item: { label: Largest item, format: currency }
              min_item: { label: Smallest paid item, format: currency }
              no_email: { label: Items without email }
              other_avg: { label: Other items average, format: currency }
              new_customers: { label: New customers }
              spend: { label: Ad spend, format: currency }
              brand_clicks: { label: Brand clicks }
              last_clicks: { label: Last day's clicks }
              peak_clicks: { label: Peak clicks }
              ad_days: { label: Days with ads }
              nps: { label: NPS, format: decimal }
            stages:
              - id: acquire
                name: Acquire
                kpis:
                  - { id: roas, label: Return on ad spend, formula: revenue / spend, format: number, better: higher, target: 5 }
                  - { id: click_rate, label: Brand clicks per day, formula: brand_clicks / ad_days, format: number, better: higher, target: 3 }
              - id: buy
                name: Buy
                kpis:
                  - { id: aov, label: Average order value, formula: revenue / orders, format: currency, better: higher, target: 80 }
                  - { id: refund_rate, label: Refund rate, formula: "refunds / max(revenue, 1)", format: percent, better: lower, target: 0.1 }
                  - { id: wholesale_share, label: Wholesale share, formula: "wholesale_revenue / max(revenue, 1)", format: percent, better: higher, target: 0.3 }
              - id: love
                name: Love
                kpis:
                  - { id: nps_kpi, label: NPS, formula: nps, format: number, better: higher, target: 40 }
                  - { id: repeat, label: New customers per order, formula: "new_customers / max(orders, 1)", format: percent, better: higher, target: 0.5 }
            funnel: [line_items, orders, new_customers]
            """;

    /** The journey, its sources, the data and the results; Jan and Apr partial. */
    public static Results results() {
        return results(60, 7);
    }

    /** The data after a user corrected Feb 14's second line item (60 to 90) and Feb 15's ad spend (7 to 9). */
    public static Results corrected() {
        return results(90, 9);
    }

    static Results results(double feb14Total, double feb15Spend) {
        KeptRowsBuilder shop = shop(feb14Total);
        KeptRowsBuilder ads = ads(feb15Spend);
        Journey journey = journey(List.of(shop.source("exports/orders_export.csv", "shopify-orders"),
                ads.source("ads-daily.csv", null), new Source("survey", "survey.csv", null,
                        dev.journeydash.model.SourceDate.column("Month"), -1, Source.RowKind.TOTALS, List.of(),
                        List.of(new dev.journeydash.model.SourceMeasure("nps", How.AVERAGE, "Score", List.of())), 3)));
        List<KeptRows> kept = List.of(shop.build(PERIODS), ads.build(PERIODS));
        Sourcing sourcing = new Sourcing(List.of(
                new Sourcing.Summary("shop", "exports/orders_export.csv", "shopify-orders", 9, 8, LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 4, 10), howTexts(kept.get(0)), Map.of("orders", "a distinct count", "revenue", "the reader's guess")),
                new Sourcing.Summary("ads", "ads-daily.csv", null, 6, 6, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 10),
                        howTexts(kept.get(1)), Map.of()),
                new Sourcing.Summary("survey", "survey.csv", null, 4, 4, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1),
                        Map.of("nps", "average of Score"), Map.of())),
                kept, Map.of(0, new Sourcing.Coverage(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 31)),
                3, new Sourcing.Coverage(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10))));
        DataSet data = new DataSet("orders_export.csv, ads-daily.csv, survey.csv", PERIODS, measures(feb14Total, feb15Spend),
                List.of(), List.of("Periods without rows: Mar 2026 (shop)."), null, sourcing);
        return Calculator.compute(journey, data);
    }

    /** "count_distinct of Name", "count", as a reader describes each measure. */
    static Map<String, String> howTexts(KeptRows rows) {
        Map<String, String> out = new LinkedHashMap<>();
        rows.measures().forEach(m -> out.put(m.measure(), m.how().word() + (m.column() == null ? "" : " of " + m.column())));
        return out;
    }

    static Journey journey(List<Source> sources) {
        try {
            return TemplateLoader.parse("shop.yaml", TEMPLATE).withSources(sources);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
