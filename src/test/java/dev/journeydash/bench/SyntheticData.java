package dev.journeydash.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Deterministic synthetic input for benchmarks and scale tests: a journey template with 5 stages,
 * 20 KPIs and 15 measures, and a daily CSV with segments (stores), 24 months long, with any
 * number of rows. {@code main(dir, rows...)} writes {@code bench.yaml} and {@code bench-<rows>.csv}.
 */
public final class SyntheticData {
    static final String[] MEASURES = {"sessions", "visitors", "engaged_sessions", "product_views", "add_to_carts",
        "checkouts", "payment_attempts", "payments_ok", "orders", "revenue", "refunds", "tickets", "tickets_resolved",
        "active_customers", "nps_score"};
    static final int DAYS = 730;

    private SyntheticData() { }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("bench.yaml"), template());
        for (int i = 1; i < args.length; i++) {
            int rows = Integer.parseInt(args[i]);
            csv(dir.resolve("bench-" + rows + ".csv"), rows);
        }
    }

    public static String template() {
        return """
            name: Benchmark journey
            client: Synthetic Stores
            period: month
            measures:
              sessions: { label: Sessions }
              visitors: { label: Visitors }
              engaged_sessions: { label: Engaged sessions }
              product_views: { label: Product views }
              add_to_carts: { label: Add to carts }
              checkouts: { label: Checkouts }
              payment_attempts: { label: Payment attempts }
              payments_ok: { label: Payments OK }
              orders: { label: Orders }
              revenue: { label: Revenue, format: currency }
              refunds: { label: Refunds }
              tickets: { label: Support tickets }
              tickets_resolved: { label: Tickets resolved }
              active_customers: { label: Active customers, aggregation: last }
              nps_score: { label: NPS score, format: decimal, aggregation: average }
            stages:
              - id: awareness
                name: Awareness
                kpis:
                  - { id: k_visitors, label: Visitors, formula: visitors, format: integer, better: higher, target: 400000 }
                  - { id: k_sessions_per_visitor, formula: sessions / visitors, format: decimal, better: higher, target: 1.4 }
                  - { id: k_engagement, formula: engaged_sessions / sessions, format: percent, better: higher, target: 0.55 }
                  - { id: k_visitor_growth, formula: visitors / prev(visitors) - 1, format: percent, better: higher, target: 0.02 }
              - id: consideration
                name: Consideration
                kpis:
                  - { id: k_view_rate, formula: product_views / sessions, format: percent, better: higher, target: 0.6 }
                  - { id: k_cart_rate, formula: add_to_carts / product_views, format: percent, better: higher, target: 0.1 }
                  - { id: k_checkout_rate, formula: checkouts / add_to_carts, format: percent, better: higher, target: 0.5 }
                  - { id: k_carts_per_visitor, formula: add_to_carts / visitors, format: decimal, better: higher, target: 0.09 }
              - id: purchase
                name: Purchase
                weight: 2
                kpis:
                  - { id: k_conversion, formula: orders / visitors, format: percent, better: higher, target: 0.03 }
                  - { id: k_abandonment, formula: 1 - orders / add_to_carts, format: percent, better: lower, target: 0.7 }
                  - { id: k_payment_success, formula: payments_ok / payment_attempts, format: percent, better: higher, target: 0.97 }
                  - { id: k_aov, formula: revenue / orders, format: currency, better: higher, target: 80 }
              - id: retention
                name: Retention
                kpis:
                  - { id: k_refund_rate, formula: refunds / orders, format: percent, better: lower, target: 0.03 }
                  - { id: k_orders_per_customer, formula: orders / active_customers, format: decimal, better: higher, target: 0.5 }
                  - { id: k_revenue_per_customer, formula: revenue / active_customers, format: currency, better: higher, target: 40 }
                  - { id: k_customer_growth, formula: active_customers / prev(active_customers) - 1, format: percent, better: higher, target: 0.01 }
              - id: advocacy
                name: Advocacy
                kpis:
                  - { id: k_nps, formula: nps_score, format: number, better: higher, target: 40 }
                  - { id: k_ticket_rate, formula: tickets / orders, format: percent, better: lower, target: 0.05 }
                  - { id: k_resolution, formula: tickets_resolved / tickets, format: percent, better: higher, target: 0.9 }
                  - { id: k_nps_change, formula: nps_score - prev(nps_score), format: number, better: higher, target: 1 }
            funnel: [visitors, product_views, add_to_carts, checkouts, orders]
            """;
    }

    /** Writes {@code rows} daily rows over 24 months, spread over as many stores as needed. */
    public static void csv(Path file, int rows) throws IOException {
        int segments = Math.max(1, (rows + DAYS - 1) / DAYS);
        LocalDate start = LocalDate.of(2024, 1, 1);
        long seed = 42;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("date,store");
            for (String m : MEASURES) {
                w.write(',');
                w.write(m);
            }
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (int i = 0; i < rows; i++) {
                int day = i / segments;
                int store = i % segments;
                seed = seed * 6364136223846793005L + 1442695040888963407L;
                double noise = 0.9 + ((seed >>> 40) % 1000) / 5000.0;
                double season = 1 + 0.25 * Math.sin(2 * Math.PI * day / 365.0);
                long visitors = Math.round(500 * season * noise);
                long sessions = Math.round(visitors * 1.4);
                long views = Math.round(sessions * 0.6);
                long carts = Math.round(views * 0.1);
                long checkouts = Math.round(carts * 0.5);
                long attempts = Math.round(checkouts * 0.95);
                long ok = Math.round(attempts * 0.96);
                long orders = ok;
                sb.setLength(0);
                sb.append(start.plusDays(day)).append(",store-").append(String.format(Locale.ROOT, "%04d", store));
                sb.append(',').append(sessions).append(',').append(visitors).append(',').append(Math.round(sessions * 0.55 * noise))
                        .append(',').append(views).append(',').append(carts).append(',').append(checkouts)
                        .append(',').append(attempts).append(',').append(ok).append(',').append(orders)
                        .append(',').append(String.format(Locale.ROOT, "%.2f", orders * 78.5 * noise))
                        .append(',').append(Math.round(orders * 0.03)).append(',').append(Math.round(orders * 0.05))
                        .append(',').append(Math.round(orders * 0.045)).append(',').append(2000 + day * 2 + store)
                        .append(',').append(String.format(Locale.ROOT, "%.1f", 35 + 10 * noise)).append('\n');
                w.append(sb);
            }
        }
    }
}
