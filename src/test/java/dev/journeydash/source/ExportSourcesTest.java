package dev.journeydash.source;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Sourcing;
import dev.journeydash.xlsx.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Templates with {@code sources:} read exports as the tools write them. Every expected number
 * here is worked out by hand from the fixture written in the test.
 */
class ExportSourcesTest {
    private static final String KPI = """
            stages:
              - id: s
                name: Stage
                kpis:
                  - { id: k, formula: %s, better: higher, target: 1 }
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Results compute(String template) throws Exception {
        Path t = write("t.yaml", template);
        return Journeydash.compute(Request.builder().template(t).build());
    }

    private static double[] values(DataSet d, String id) {
        return d.measures().get(id);
    }

    @Test
    void aReportWithTitleLinesSummaryRowsAndNoDateColumn() throws Exception {
        write("ads.csv", """
                Campaign report
                All time
                Campaign,Clicks,Cost,Status
                A,"1,000",10.50,Enabled
                B,200,2.25,Paused
                C, --,0,Enabled
                Total: Campaigns,1200,12.75,
                Total: Account,1200,12.75,
                """);
        Results r = compute("""
                name: Ads
                sources:
                  - file: ads.csv
                    date: { value: 2025-03 }
                    measures:
                      clicks: { sum: Clicks }
                      cost: { sum: Cost }
                      campaigns: count
                      enabled: { count: rows, where: { Status: enabled } }
                """ + KPI.formatted("clicks"));

        DataSet d = r.data();
        assertThat(d.periods()).extracting(p -> p.label()).containsExactly("Mar 2025");
        assertThat(values(d, "clicks")).containsExactly(1200);
        assertThat(values(d, "cost")[0]).isCloseTo(12.75, within(1e-12));
        assertThat(values(d, "campaigns")).containsExactly(3);
        assertThat(values(d, "enabled")).containsExactly(2);
        assertThat(d.notes()).anyMatch(n -> n.endsWith("ads.csv: 2 summary rows (Total...) skipped"));
        assertThat(d.sourcing().partial()).as("a period given by a value is whole").isEmpty();
    }

    @Test
    void transactionsAreFilteredCountedAndMarkedPartial() throws Exception {
        write("payments.csv", """
                id,Created,Amount,Status,Customer
                1,2025-01-15 10:00:00,10.00,Paid,c1
                2,2025-01-20 11:00:00,5.00,Failed,c2
                3,2025-02-03 09:00:00,20.00,Paid,C1
                4,2025-04-02 08:00:00,7.50,Refunded,c3
                5,2025-04-30 23:00:00,3.00,Paid,c2
                6,2025-05-10 12:00:00,4.00,paid,c4
                """);
        Results r = compute("""
                name: Payments
                sources:
                  - file: payments.csv
                    date: Created
                    filter: { Status: { one_of: [Paid, Refunded] } }
                    measures:
                      payments: count
                      revenue: { sum: Amount, where: { Status: Paid } }
                      refunds: { sum: Amount, where: { Status: refunded } }
                      customers: { count_distinct: Customer }
                      new_customers: { count_new: Customer }
                      returning: { count_returning: Customer }
                      average: { average: Amount }
                      largest: { max: Amount }
                """ + KPI.formatted("revenue"));

        DataSet d = r.data();
        double n = Double.NaN;
        assertThat(d.periods()).extracting(p -> p.label()).containsExactly("Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025", "May 2025");
        assertThat(values(d, "payments")).containsExactly(1, 1, 0, 2, 1);
        assertThat(values(d, "revenue")).containsExactly(10, 20, 0, 3, 4);
        assertThat(values(d, "refunds")).containsExactly(0, 0, 0, 7.5, 0);
        assertThat(values(d, "customers")).as("c1 and C1 are one customer").containsExactly(1, 1, 0, 2, 1);
        assertThat(values(d, "new_customers")).as("c2's failed charge does not count").containsExactly(1, 0, 0, 2, 1);
        assertThat(values(d, "returning")).containsExactly(0, 1, 0, 0, 0);
        assertThat(values(d, "average")).containsExactly(10, 20, n, 5.25, 4);
        assertThat(values(d, "largest")).containsExactly(10, 20, n, 7.5, 4);
        assertThat(d.sourcing().partial()).containsOnlyKeys(0, 4);
        assertThat(d.sourcing().partial().get(0)).isEqualTo(new Sourcing.Coverage(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 31)));
        assertThat(d.sourcing().partial().get(4)).isEqualTo(new Sourcing.Coverage(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 10)));
        assertThat(d.notes()).anyMatch(x -> x.contains("no rows in Mar 2025; counts and sums are 0 there"));
        RenderOptions options = Journeydash.renderOptions(Request.builder().template(dir.resolve("t.yaml")).build(), r);
        assertThat(options.selected()).as("the latest complete period, April").isEqualTo(3);
        RenderOptions latest = Journeydash.renderOptions(Request.builder().template(dir.resolve("t.yaml"))
                .select(dev.journeydash.model.Journey.Selection.LATEST).build(), r);
        assertThat(latest.selected()).isEqualTo(4);
        Sourcing.Summary s = d.sourcing().sources().get(0);
        assertThat(s.rows()).isEqualTo(6);
        assertThat(s.counted()).isEqualTo(5);
        assertThat(s.values()).containsOnlyKeys("customers", "new_customers", "returning");
    }

    @Test
    void aTotalsSourceLeavesMissingPeriodsBlankAndReadsNewestFirstDailyRows() throws Exception {
        write("Dates.csv", """
                Date,Clics,Impressions,CTR,Position
                2025-02-02,10,100,10%,5.5
                2025-02-01,20,400,5%,4.5
                2025-01-31,30,300,10%,3.0
                2024-11-15,5,50,10%,8.0
                """);
        Results r = compute("""
                name: Search
                sources:
                  - file: Dates.csv
                    date: Date
                    measures:
                      clicks: { sum: Clics }
                      impressions: { sum: Impressions }
                      position: { average: Position }
                      ctr: { average: CTR }
                """ + KPI.formatted("clicks / impressions"));

        DataSet d = r.data();
        double n = Double.NaN;
        assertThat(d.periods()).extracting(p -> p.label()).containsExactly("Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025");
        assertThat(values(d, "clicks")).containsExactly(5, n, 30, 30);
        assertThat(values(d, "position")).containsExactly(8, n, 3, 5);
        assertThat(values(d, "ctr")[3]).isCloseTo(0.075, within(1e-15));
        assertThat(d.sourcing().partial()).containsOnlyKeys(0, 3);
        assertThat(r.kpi("k", 3)).isCloseTo(30.0 / 500, within(1e-15));
    }

    @Test
    void aCommentBlockIsSkippedAndTheNextStackedTableIsNotRead() throws Exception {
        write("snapshot.csv", """
                # ----------------------------------------
                # Reports snapshot
                # Start date: 20250106
                # End date: 20250126
                Nth week,Active users
                0000,13
                0001,22
                0002,18

                # Start date: 20250106
                # End date: 20250126
                Nth week,New users
                0000,9
                """);
        Results r = compute("""
                name: Snapshot
                period: week
                measures:
                  users: { label: Active users, additive: false }
                sources:
                  - file: snapshot.csv
                    date: Nth week
                    measures:
                      users: { max: Active users }
                """ + KPI.formatted("users"));

        DataSet d = r.data();
        assertThat(d.periods()).extracting(p -> p.label()).containsExactly("2025-W02", "2025-W03", "2025-W04");
        assertThat(values(d, "users")).containsExactly(13, 22, 18);
        assertThat(d.notes()).anyMatch(x -> x.endsWith("line 10 starts another table; the rest of the file is not read"));
    }

    @Test
    void twoSourcesMergeOnThePeriodAndAKpiCombinesThem() throws Exception {
        write("web.csv", "Day;Sessions\n2025-01-10;100\n2025-02-10;200\n2025-03-10;300\n");
        write("shop.csv", "Order,Placed at,Total\n#1,02/14/2025,\"1,000.00\"\n#2,02/28/2025,50\n#3,03/01/2025,25\n#4,03/31/2025,25\n");
        Results r = compute("""
                name: Two
                period: month
                measures:
                  revenue: { label: Revenue, format: currency }
                sources:
                  - name: web
                    file: web.csv
                    date: Day
                    measures:
                      sessions: { sum: Sessions }
                  - name: shop
                    file: shop.csv
                    date: Placed at
                    measures:
                      orders: { count_distinct: Order }
                      revenue: { sum: Total }
                """ + KPI.formatted("orders / sessions"));

        DataSet d = r.data();
        double n = Double.NaN;
        assertThat(d.periods()).extracting(p -> p.label()).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(values(d, "sessions")).containsExactly(100, 200, 300);
        assertThat(values(d, "orders")).as("the shop starts in February").containsExactly(n, 2, 2);
        assertThat(values(d, "revenue")).containsExactly(n, 1050, 50);
        assertThat(r.kpi("k", 2)).isCloseTo(2.0 / 300, within(1e-15));
        assertThat(d.measures().keySet()).containsExactlyInAnyOrder("revenue", "sessions", "orders");
        assertThat(r.journey().measures()).extracting(m -> m.id()).containsExactly("revenue", "sessions", "orders");
    }

    @Test
    void theDataOptionReplacesASourcesFileByName() throws Exception {
        write("elsewhere.csv", "when,n\n2025-06-01,4\n2025-06-02,5\n");
        Path t = write("t.yaml", """
                name: N
                sources:
                  - name: counts
                    file: missing.csv
                    date: when
                    measures:
                      n: { sum: n }
                """ + KPI.formatted("n"));

        Results r = Journeydash.compute(Request.builder().template(t).source("counts", dir.resolve("elsewhere.csv")).build());
        assertThat(values(r.data(), "n")).containsExactly(9);

        assertThatThrownBy(() -> Journeydash.compute(Request.builder().template(t).source("count", dir.resolve("x.csv")).build()))
                .isInstanceOf(InputException.class)
                .hasMessage("--data count=" + dir.resolve("x.csv") + ": the template has no source \"count\"; its sources are: counts");
        assertThatThrownBy(() -> Journeydash.compute(Request.builder().template(t).build()))
                .hasMessage(dir.resolve("missing.csv") + ": the data file does not exist");
    }

    @Test
    void aPreambleThatHidesTheHeaderIsNamed() throws Exception {
        write("orders.csv", "Orders export\n\nOrder,Created date,Total\n1,2025-01-01,5\n");
        assertThatThrownBy(() -> compute("""
                name: N
                sources:
                  - file: orders.csv
                    date: Created at
                    measures:
                      revenue: { sum: Total }
                """ + KPI.formatted("revenue")))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("orders.csv") + ": line 3: the header has no column \"Created at\", which the source names; "
                        + "the header's columns are: Order, Created date, Total (names are matched ignoring case, spaces and punctuation)");
    }

    @Test
    void aDateThatFitsNoFormNamesTheColumnTheValueAndTheForms() throws Exception {
        write("orders.csv", "Order,Created at,Total\n1,2025-01-01,5\n2,yesterday,6\n");
        assertThatThrownBy(() -> compute("""
                name: N
                sources:
                  - file: orders.csv
                    date: Created at
                    measures:
                      revenue: { sum: Total }
                """ + KPI.formatted("revenue")))
                .hasMessageStartingWith(dir.resolve("orders.csv") + ": line 3, column \"Created at\": \"yesterday\" is not a date; "
                        + "expected one of 2025-01-31, 2025-01-31 14:05:00");
    }

    @Test
    void summingANonAdditiveMeasureFromFinerRowsIsRefused() throws Exception {
        write("daily.csv", "Date,Users\n2025-01-01,10\n2025-01-02,12\n");
        assertThatThrownBy(() -> compute("""
                name: N
                measures:
                  users: { label: Users, additive: false }
                sources:
                  - file: daily.csv
                    date: Date
                    measures:
                      users: { sum: Users }
                """ + KPI.formatted("users")))
                .hasMessage(dir.resolve("daily.csv") + ": column \"Users\": measure \"users\" is not additive (additive: false): "
                        + "summing the 2 rows of Jan 2025 would count the same people once per row; use max (a lower bound) "
                        + "or last, or export totals per month");
    }

    @Test
    void aNumberCellThatIsNotANumberIsAnErrorWithLineAndColumn() throws Exception {
        write("orders.csv", "Order,Created at,Total\n1,2025-01-01,5\n2,2025-01-02,abc\n");
        assertThatThrownBy(() -> compute("""
                name: N
                sources:
                  - file: orders.csv
                    date: Created at
                    measures:
                      revenue: { sum: Total }
                """ + KPI.formatted("revenue")))
                .hasMessage(dir.resolve("orders.csv") + ": line 3, column \"Total\": \"abc\" is not a number (expected e.g. "
                        + "1234.5, 12.5%, $1,234 or -- for none)");
    }
}
