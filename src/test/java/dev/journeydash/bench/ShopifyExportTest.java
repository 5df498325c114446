package dev.journeydash.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pair behind bench/exports.sh: the synthetic Shopify export (shape, determinism, the real
 * export's header) and DuckDB's baseline query (on a file worked out by hand, and against a plain
 * reading of a generated file).
 */
class ShopifyExportTest {
    private static final Path REAL = Path.of("../shared/real-exports/shopify-orders/orders_export_1.csv");
    /** Written on an order's first line only, as Shopify does. */
    private static final List<String> ORDER_LEVEL = List.of("Financial Status", "Paid at", "Fulfillment Status",
        "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Amount", "Shipping Method",
        "Refunded Amount", "Outstanding Balance", "Id", "Risk Level", "Source", "Payment Method");
    /** Written on every line. */
    private static final List<String> EVERY_LINE = List.of("Name", "Email", "Created at", "Lineitem quantity",
        "Lineitem name", "Lineitem price", "Lineitem sku", "Vendor", "Lineitem discount");

    @TempDir
    Path dir;

    @Test
    void headerIsTheRealExportsHeader() throws IOException {
        byte[] file = generate(10, ShopifyExport.DEFAULT_SEED);
        String firstLine = new String(file, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(firstLine).isEqualTo(String.join(",", ShopifyExport.HEADER));
        assertThat(ShopifyExport.HEADER).hasSize(78).doesNotHaveDuplicates();
        assumeTrue(Files.exists(REAL), REAL + " is not there");
        String real = Files.readAllLines(REAL, StandardCharsets.UTF_8).get(0);
        assertThat(firstLine).isEqualTo(real);
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        byte[] a = generate(3000, 7);
        assertThat(generate(3000, 7)).isEqualTo(a);
        assertThat(generate(3000, 8)).isNotEqualTo(a);
    }

    @Test
    void oneRowPerLineItemWithOrderFieldsOnTheFirstLineOnly() throws IOException {
        List<CSVRecord> rows = parse(generate(5000, ShopifyExport.DEFAULT_SEED));
        assertThat(rows).hasSize(5000).allSatisfy(r -> assertThat(r.size()).isEqualTo(78));
        Map<String, Integer> linesPerOrder = new LinkedHashMap<>();
        Set<String> statuses = new TreeSet<>();
        Map<String, Integer> ordersPerEmail = new HashMap<>();
        CSVRecord head = null;
        int previousNumber = Integer.MAX_VALUE;
        boolean quotedComma = false;
        boolean lineBreak = false;
        for (CSVRecord r : rows) {
            String name = r.get("Name");
            boolean first = head == null || !head.get("Name").equals(name);
            if (first) {
                int number = Integer.parseInt(name.substring(1));
                assertThat(number).as("newest order first").isLessThan(previousNumber);
                previousNumber = number;
                head = r;
                for (String c : List.of("Financial Status", "Currency", "Subtotal", "Total", "Refunded Amount", "Id")) {
                    assertThat(r.get(c)).as(c + " of " + name).isNotEmpty();
                }
                statuses.add(r.get("Financial Status"));
                long cents = cents(r.get("Subtotal")) + cents(r.get("Shipping")) + cents(r.get("Taxes"));
                assertThat(cents(r.get("Total"))).as("Total of " + name).isEqualTo(cents);
                if (!r.get("Email").isEmpty()) {
                    ordersPerEmail.merge(r.get("Email"), 1, Integer::sum);
                }
            } else {
                for (String c : ORDER_LEVEL) {
                    assertThat(r.get(c)).as(c + " on a later line of " + name).isEmpty();
                }
                for (String c : List.of("Name", "Email", "Created at")) {
                    assertThat(r.get(c)).as(c + " on a later line of " + name).isEqualTo(head.get(c));
                }
            }
            for (String c : EVERY_LINE) {
                if (!c.equals("Email")) {
                    assertThat(r.get(c)).as(c + " of " + name).isNotEmpty();
                }
            }
            assertThat(r.get("Created at")).matches("20(24|25)-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d -0[45]00");
            linesPerOrder.merge(name, 1, Integer::sum);
            quotedComma |= r.get("Billing Name").contains(",") || r.get("Lineitem name").contains(",");
            lineBreak |= r.get("Notes").contains("\n");
        }
        assertThat(new TreeSet<>(linesPerOrder.values())).containsExactly(1, 2, 3, 4, 5);
        assertThat(statuses).containsExactly("paid", "partially_refunded", "pending", "refunded", "voided");
        assertThat(ordersPerEmail.values()).as("repeat customers").anyMatch(n -> n > 1);
        assertThat(quotedComma).isTrue();
        assertThat(lineBreak).isTrue();
    }

    @Test
    void twoYearsOfOrdersInNewYorkTime() throws IOException {
        List<CSVRecord> rows = parse(generate(20_000, ShopifyExport.DEFAULT_SEED));
        Set<String> months = new TreeSet<>();
        for (CSVRecord r : rows) {
            String created = r.get("Created at");
            months.add(created.substring(0, 7));
            int month = Integer.parseInt(created.substring(5, 7));
            if (month == 1 || month == 2 || month == 12) {
                assertThat(created).endsWith("-0500");
            } else if (month >= 4 && month <= 10) {
                assertThat(created).endsWith("-0400");
            }
        }
        assertThat(months).hasSize(24).first().isEqualTo("2024-01");
        assertThat(months).last().isEqualTo("2025-12");
    }

    /**
     * Ten lines of seven orders over three months, newest first as Shopify writes them, and the
     * answer worked out by hand:
     * <ul>
     *   <li>January: #1001 (paid, 50.00, two lines of 1 and 2 units, a@), #1002 (voided, two lines,
     *       b@: its first line is dropped, its second, of blank status, is kept), #1003 (refunded,
     *       20.00 refunded, a@, 23:59:59 -0500 on the 31st: still January as written, February 1st in
     *       UTC). Orders 3, revenue 50.00, refunds 20.00, customers a@ b@ = 2, both new, line items 4
     *       (two of #1001, the second of #1002, #1003), units 1 + 2 + 1 + 1 = 5.</li>
     *   <li>February: #1004 (partially_refunded, 40.00, 10.00 refunded, 3 units, c@), #1005 (pending,
     *       15.00, no email), #1006 ("Paid": case ignored, 25.00, b@), #1007 (VOIDED, one line:
     *       dropped, so d@ is never counted). Orders 3, revenue 40 + 25 = 65.00, refunds 10.00,
     *       customers c@ b@ = 2, new c@ = 1 (b@ was seen in January), line items 3, units 5.</li>
     *   <li>March: #1008 (paid, 60.00, a@, 1 unit). Orders 1, revenue 60.00, refunds 0, customers 1,
     *       new 0, line items 1, units 1.</li>
     * </ul>
     */
    @Test
    void duckDbBaselineOnAFileWorkedOutByHand() throws Exception {
        Path file = dir.resolve("hand.csv");
        StringBuilder csv = new StringBuilder(String.join(",", ShopifyExport.HEADER)).append('\n');
        line(csv, "#1008", "a@example.com", "paid", "60.00", "0.00", "2024-03-01 00:00:01 -0500", "1");
        line(csv, "#1007", "d@example.com", "VOIDED", "99.00", "0.00", "2024-02-15 08:00:00 -0500", "4");
        line(csv, "#1006", "b@example.com", "Paid", "25.00", "0.00", "2024-02-29 18:30:00 -0500", "1");
        line(csv, "#1005", "", "pending", "15.00", "0.00", "2024-02-11 11:00:00 -0500", "1");
        line(csv, "#1004", "c@example.com", "partially_refunded", "40.00", "10.00", "2024-02-10 12:00:00 -0500", "3",
            "Billing Name", "Smith, Ann", "Notes", "Ring twice,\nthen wait");
        line(csv, "#1003", "a@example.com", "refunded", "20.00", "20.00", "2024-01-31 23:59:59 -0500", "1");
        line(csv, "#1002", "b@example.com", "voided", "30.00", "0.00", "2024-01-20 09:00:00 -0500", "1");
        line(csv, "#1002", "b@example.com", "", "", "", "2024-01-20 09:00:00 -0500", "1");
        line(csv, "#1001", "a@example.com", "paid", "50.00", "0.00", "2024-01-05 10:00:00 -0500", "1",
            "Lineitem name", "Sand \"Explorer World\" Hoodie - L");
        line(csv, "#1001", "a@example.com", "", "", "", "2024-01-05 10:00:00 -0500", "2");
        Files.writeString(file, csv);

        List<String> got = DuckDbBaseline.run(file).months().stream().map(DuckDbBaseline.Month::tsv).toList();
        assertThat(got).containsExactly(
            "2024-01\t3\t50.00\t20.00\t2\t2\t4\t5",
            "2024-02\t3\t65.00\t10.00\t2\t1\t3\t5",
            "2024-03\t1\t60.00\t0.00\t1\t0\t1\t1");
        assertThat(reference(file)).isEqualTo(got);
    }

    @Test
    void duckDbBaselineAgreesWithAPlainReadingOfAGeneratedFile() throws Exception {
        Path file = dir.resolve("orders.csv");
        ShopifyExport.write(file, 20_000, ShopifyExport.DEFAULT_SEED);
        DuckDbBaseline.Result r = DuckDbBaseline.run(file);
        assertThat(r.months()).hasSize(24);
        assertThat(r.months().stream().mapToLong(DuckDbBaseline.Month::newCustomers).sum())
            .as("every customer is new once").isEqualTo(distinctEmailsNotVoided(file));
        assertThat(r.months().stream().map(DuckDbBaseline.Month::tsv).toList()).isEqualTo(reference(file));
    }

    /** The benchmark's aggregation read plainly, row by row, as the template's semantics say. */
    static List<String> reference(Path file) throws IOException {
        Map<String, Set<String>> orders = new TreeMap<>();
        Map<String, Set<String>> customers = new TreeMap<>();
        Map<String, double[]> sums = new TreeMap<>();       // revenue, refunds, line items, units
        Map<String, String> firstMonth = new HashMap<>();
        for (CSVRecord r : parse(Files.readAllBytes(file))) {
            String status = r.get("Financial Status").toLowerCase(Locale.ROOT);
            if (status.equals("voided")) {
                continue;
            }
            String month = r.get("Created at").substring(0, 7);
            orders.computeIfAbsent(month, m -> new HashSet<>()).add(r.get("Name"));
            Set<String> monthCustomers = customers.computeIfAbsent(month, m -> new HashSet<>());
            String email = r.get("Email");
            if (!email.isEmpty()) {
                monthCustomers.add(email);
                firstMonth.merge(email, month, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            double[] s = sums.computeIfAbsent(month, m -> new double[4]);
            if ((status.equals("paid") || status.equals("partially_refunded")) && !r.get("Total").isEmpty()) {
                s[0] += Double.parseDouble(r.get("Total"));
            }
            if (!r.get("Refunded Amount").isEmpty()) {
                s[1] += Double.parseDouble(r.get("Refunded Amount"));
            }
            s[2]++;
            s[3] += Double.parseDouble(r.get("Lineitem quantity"));
        }
        Map<String, Long> newCustomers = new HashMap<>();
        firstMonth.values().forEach(m -> newCustomers.merge(m, 1L, Long::sum));
        List<String> out = new ArrayList<>();
        for (String month : orders.keySet()) {
            double[] s = sums.get(month);
            out.add(new DuckDbBaseline.Month(month, orders.get(month).size(), s[0], s[1], customers.get(month).size(),
                newCustomers.getOrDefault(month, 0L), (long) s[2], s[3]).tsv());
        }
        return out;
    }

    private static long distinctEmailsNotVoided(Path file) throws IOException {
        return parse(Files.readAllBytes(file)).stream()
            .filter(r -> !r.get("Financial Status").equalsIgnoreCase("voided") && !r.get("Email").isEmpty())
            .map(r -> r.get("Email")).distinct().count();
    }

    /** One line of the export: the fields named, every other column blank. */
    private static void line(StringBuilder csv, String name, String email, String status, String total, String refunded,
                             String created, String quantity, String... more) {
        Map<String, String> fields = new HashMap<>(Map.of("Name", name, "Email", email, "Financial Status", status,
            "Total", total, "Refunded Amount", refunded, "Created at", created, "Lineitem quantity", quantity));
        for (int i = 0; i < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        List<String> cells = new ArrayList<>();
        for (String column : ShopifyExport.HEADER) {
            cells.add(new String(ShopifyExport.csv(fields.getOrDefault(column, "")), StandardCharsets.UTF_8));
        }
        csv.append(String.join(",", cells)).append('\n');
    }

    private byte[] generate(long rows, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShopifyExport.Summary s = ShopifyExport.write(out, rows, seed);
        assertThat(s.rows()).isEqualTo(rows);
        assertThat(s.bytes()).isEqualTo(out.size());
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (Reader r = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(csv), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return p.getRecords();
        }
    }

    private static long cents(String money) {
        return Math.round(Double.parseDouble(money) * 100);
    }
}
