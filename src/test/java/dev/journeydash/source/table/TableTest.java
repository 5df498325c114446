package dev.journeydash.source.table;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table stage on typed rows, as a CSV or SQL source hands them over: aggregation per period
 * (sum, average, last), gaps, duplicates, raw rows and the long rows of a segmented journey as raw
 * rows. Every expected number is worked out by hand in the comment beside it.
 */
class TableTest {
    private static final double NaN = Double.NaN;
    /** A monthly journey with one measure per aggregation. */
    private static final String TEMPLATE = """
            name: Shop
            period: month
            measures:
              visits: { label: Visits }
              score: { label: Score, aggregation: average }
              stock: { label: Stock, aggregation: last }
            stages:
              - id: s
                kpis:
                  - { id: k_visits, formula: visits, better: higher, target: 1 }
                  - { id: k_score, formula: score, better: higher, target: 1 }
                  - { id: k_stock, formula: stock, better: higher, target: 1 }
            """;

    private static Journey shop;
    /** The same journey split by the data's "region" column. */
    private static Journey shopByRegion;

    @BeforeAll
    static void loadTemplate() throws InputException {
        shop = TemplateLoader.parse("shop.yaml", TEMPLATE);
        shopByRegion = TemplateLoader.parse("shop.yaml", TEMPLATE + "segments: region\n");
    }

    /** A row on {@code date} (a day), the given numbers and texts, no invalid cells. */
    private static Row row(int line, String date, double[] numbers, String... texts) {
        return new Row(line, new PeriodCell(LocalDate.parse(date), Granularity.DAY, date), numbers, texts, List.of());
    }

    private static double[] n(double... values) {
        return values;
    }

    private static DataSet read(List<String> header, List<Row> rows) throws InputException {
        return read(shop, header, rows);
    }

    private static DataSet read(Journey journey, List<String> header, List<Row> rows) throws InputException {
        Report report = new Report("data");
        Table table = Table.start(ColumnRoles.of(header, journey), journey, 1, report);
        rows.forEach(table::add);
        return table.finish();
    }

    private static List<Double> values(DataSet data, String measure) {
        return Arrays.stream(data.measures().get(measure)).boxed().toList();
    }

    /** The raw rows' values of the journey's measure number {@code m}. */
    private static List<Double> raw(DataSet data, int m) {
        return Arrays.stream(data.raw().measures()[m]).boxed().toList();
    }

    @Test
    void wideDailyRowsAreSummedAveragedAndTakenLastPerMonth() throws InputException {
        DataSet data = read(List.of("period", "visits", "score", "stock"), List.of(
                row(2, "2025-01-05", n(10, 4, 100)),
                row(3, "2025-01-20", n(5, NaN, NaN)),
                row(4, "2025-01-12", n(7, 6, 90)),
                row(5, "2025-03-02", n(1, 2, 50))));

        assertThat(data.periods()).extracting(Period::label).containsExactly("Jan 2025", "Feb 2025", "Mar 2025");
        assertThat(values(data, "visits")).containsExactly(22.0, NaN, 1.0);   // 10 + 5 + 7; Feb has no row
        assertThat(values(data, "score")).containsExactly(5.0, NaN, 2.0);     // (4 + 6) / 2, the blank is not a 0
        // the last row of January by date is the 20th, which is blank: blank, as the workbook's INDEX/MATCH gives
        assertThat(values(data, "stock")).containsExactly(NaN, NaN, 50.0);
        assertThat(data.notes()).containsExactly("data: no data for Feb 2025; left blank",
                "data: 4 rows summarised into 3 months; the rows are kept in the Raw data sheet");
        assertThat(data.raw().days()).containsExactly(day("2025-01-05"), day("2025-01-12"), day("2025-01-20"), day("2025-03-02"));
        assertThat(data.raw().periods()).containsExactly(0, 0, 0, 2);
        assertThat(data.raw().textHeaders()).isEmpty();
    }

    @Test
    void theLastOfRowsOnOneDayIsTheLaterRow() throws InputException {
        DataSet data = read(List.of("period", "store", "visits", "score", "stock"), List.of(
                row(2, "2025-01-31", n(1, 1, 7), "A"),
                row(3, "2025-01-31", n(1, 1, 9), "B"),
                row(4, "2025-01-02", n(1, 1, 3), "A")));

        assertThat(values(data, "stock")).containsExactly(9.0);               // the 31st twice: line 3 is the later
    }

    @Test
    void wideRowsWithATextColumnKeepItInTheRawRows() throws InputException {
        DataSet data = read(List.of("period", "store", "visits", "score", "stock"), List.of(
                row(2, "2025-01-02", n(10, 3, 5), "A"),
                row(3, "2025-01-02", n(20, 5, 7), "B"),
                row(4, "2025-01-15", n(1, NaN, 6), "A"),
                row(5, "2025-02-01", n(2, 4, NaN), "B")));

        assertThat(values(data, "visits")).containsExactly(31.0, 2.0);        // 10 + 20 + 1; 2
        assertThat(values(data, "score")).containsExactly(4.0, 4.0);          // (3 + 5) / 2; 4
        assertThat(values(data, "stock")).containsExactly(6.0, NaN);          // the 15th; February's row is blank
        // the rows by date (the two of the 2nd in input order), each with its store, for the split by segment
        assertThat(data.raw().textHeaders()).containsExactly("store");
        assertThat(data.raw().texts()[0]).containsExactly("A", "B", "A", "B");
        assertThat(data.raw().periods()).containsExactly(0, 0, 0, 1);
        assertThat(raw(data, 0)).containsExactly(10.0, 20.0, 1.0, 2.0);      // visits
        assertThat(raw(data, 1)).containsExactly(3.0, 5.0, NaN, 4.0);        // score
        assertThat(raw(data, 2)).containsExactly(5.0, 7.0, 6.0, NaN);        // stock
        assertThat(data.extras()).isEmpty();
    }

    @Test
    void blankTextCellsAreBlankInTheRawRows() throws InputException {
        DataSet data = read(List.of("period", "store", "visits", "score", "stock"), List.of(
                row(2, "2025-01-02", n(10, 3, 5), ""),
                row(3, "2025-01-03", n(20, 5, 7), "A")));

        assertThat(data.raw().texts()[0]).containsExactly(null, "A");
    }

    @Test
    void oneRowPerPeriodKeepsTextColumnsAsExtraColumnsWithoutSegments() throws InputException {
        DataSet data = read(List.of("period", "visits", "score", "stock", "note"), List.of(
                row(2, "2025-01-01", n(10, 3, 5), "launch"),
                row(3, "2025-02-01", n(20, 5, 7), "")));

        assertThat(data.raw()).isNull();
        assertThat(data.extras()).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("note");
            assertThat(e.values()).containsExactly("launch", null);
        });
    }

    /** Long rows in two regions: visits, score and stock on the 3rd and the 10th of January, visits on 1 February. */
    private static final List<Row> REGION_ROWS = List.of(
            row(2, "2025-01-03", n(10), "visits", "10", "north"),
            row(3, "2025-01-03", n(20), "visits", "20", "south"),
            row(4, "2025-01-10", n(5), "visits", "5", "north"),
            row(5, "2025-01-03", n(4), "score", "4", "north"),
            row(6, "2025-01-10", n(8), "score", "8", "south"),
            row(7, "2025-01-10", n(70), "stock", "70", "north"),
            row(8, "2025-01-03", n(80), "stock", "80", "north"),
            row(9, "2025-01-10", n(30), "stock", "30", "south"),
            row(10, "2025-02-01", n(1), "visits", "1", "south"));

    @Test
    void longRowsWithASegmentColumnAreAggregatedOverAllSegments() throws InputException {
        DataSet data = read(List.of("period", "region", "measure", "value"), REGION_ROWS);

        assertThat(values(data, "visits")).containsExactly(35.0, 1.0);        // 10 + 20 + 5; 1
        assertThat(values(data, "score")).containsExactly(6.0, NaN);          // (4 + 8) / 2
        assertThat(values(data, "stock")).containsExactly(30.0, NaN);         // the 10th twice: line 9 is the later
        assertThat(data.raw()).as("a journey without segments: no raw rows").isNull();
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void longRowsOfASegmentedJourneyBecomeRawRowsPerDateAndSegment() throws InputException {
        DataSet data = read(shopByRegion, List.of("period", "region", "measure", "value"), REGION_ROWS);

        assertThat(values(data, "visits")).containsExactly(35.0, 1.0);        // the totals as without segments
        assertThat(values(data, "score")).containsExactly(6.0, NaN);
        assertThat(values(data, "stock")).containsExactly(30.0, NaN);
        // one row per date and region, by date, the regions in the order first seen (north, south)
        assertThat(data.raw().textHeaders()).containsExactly("region");
        assertThat(data.raw().days()).containsExactly(day("2025-01-03"), day("2025-01-03"), day("2025-01-10"), day("2025-01-10"),
                day("2025-02-01"));
        assertThat(data.raw().periods()).containsExactly(0, 0, 0, 0, 1);
        assertThat(data.raw().texts()[0]).containsExactly("north", "south", "north", "south", "south");
        assertThat(raw(data, 0)).containsExactly(10.0, 20.0, 5.0, NaN, 1.0);  // visits: south has none on the 10th
        assertThat(raw(data, 1)).containsExactly(4.0, NaN, NaN, 8.0, NaN);    // score
        assertThat(raw(data, 2)).containsExactly(80.0, NaN, 70.0, 30.0, NaN); // stock
    }

    @Test
    void longNamesThatAreNotMeasuresAreExtraColumnsNumbersSummed() throws InputException {
        DataSet data = read(List.of("period", "region", "measure", "value"), List.of(
                row(2, "2025-01-03", n(10), "visits", "10", "north"),
                row(3, "2025-01-03", n(1), "score", "1", "north"),
                row(4, "2025-01-03", n(1), "stock", "1", "north"),
                row(5, "2025-01-03", n(300), "ad spend", "300", "north"),
                row(6, "2025-01-03", n(200), "ad spend", "200", "south")));

        assertThat(data.extras()).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("ad spend");
            assertThat(e.values()).containsExactly(500.0);                   // 300 + 200
        });
    }

    @Test
    void averagesOfLongRowsAddUpWithCompensationAsTheyAlwaysDid() throws InputException {
        List<Row> rows = List.of(
                row(2, "2025-01-01", n(1e16), "score", "1e16"),
                row(3, "2025-01-02", n(1), "score", "1"),
                row(4, "2025-01-03", n(1), "score", "1"),
                row(5, "2025-01-01", n(1), "visits", "1"),
                row(6, "2025-01-01", n(1), "stock", "1"));
        DataSet lng = read(List.of("period", "measure", "value"), rows);
        DataSet wide = read(List.of("period", "visits", "score", "stock"), List.of(
                row(2, "2025-01-01", n(1, 1e16, 1)), row(3, "2025-01-02", n(1, 1, 1)), row(4, "2025-01-03", n(1, 1, 1))));

        // compensated: (1e16 + 1 + 1) / 3 = 10000000000000002 / 3 = 3333333333333334
        assertThat(lng.value("score", 0)).isEqualTo(3333333333333334.0);
        // left to right, as AVERAGEIFS over raw rows: 1e16 + 1 rounds to 1e16 (ties to even), twice;
        // 1e16 / 3 = 3333333333333333.5, which a double holds exactly
        assertThat(wide.value("score", 0)).isEqualTo(3333333333333333.5);
    }

    @Test
    void aPeriodTwiceInWideRowsWithoutTextColumnsIsAProblem() {
        assertThatThrownBy(() -> read(List.of("period", "visits", "score", "stock"), List.of(
                row(2, "2025-01-05", n(1, 1, 1)),
                row(3, "2025-01-06", n(1, 1, 1)),
                row(4, "2025-01-05", n(1, 1, 1)))))
                .isInstanceOf(InputException.class)
                .hasMessage("data: line 4, column \"period\": \"2025-01-05\" appears again (first on line 2); each period must appear once");
    }

    @Test
    void aMeasureTwiceForOneDateAndSegmentIsAProblem() {
        assertThatThrownBy(() -> read(List.of("period", "region", "measure", "value"), List.of(
                row(2, "2025-01-05", n(1), "visits", "1", "north"),
                row(3, "2025-01-05", n(1), "visits", "1", "south"),
                row(4, "2025-01-05", n(2), "Visits", "2", "north"),
                row(5, "2025-01-05", n(1), "score", "1", "north"),
                row(6, "2025-01-05", n(1), "stock", "1", "north"))))
                .isInstanceOf(InputException.class)
                .hasMessage("data: line 4, column \"measure\": \"Visits\" for 2025-01-05 appears again (first on line 2)");
    }

    @Test
    void invalidCellsAreReportedInColumnOrderUnlessTheRowIsADuplicate() {
        Row first = row(2, "2025-01-05", n(1, 1, 1));
        Row again = new Row(3, first.period(), n(NaN, NaN, 1), new String[0],
                List.of(new Row.Invalid(1, "\"x\" is not a number"), new Row.Invalid(2, "\"y\" is not a number")));
        Row bad = new Row(4, new PeriodCell(LocalDate.parse("2025-02-01"), Granularity.MONTH, "Feb 2025"), n(NaN, NaN, 1),
                new String[0], List.of(new Row.Invalid(1, "\"x\" is not a number"), new Row.Invalid(2, "\"y\" is not a number")));

        assertThatThrownBy(() -> read(List.of("period", "visits", "score", "stock"), List.of(first, again, bad)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.line() + " " + p.column() + ": " + p.message())
                        .containsExactly("3 period: \"2025-01-05\" appears again (first on line 2); each period must appear once",
                                "4 visits: \"x\" is not a number", "4 score: \"y\" is not a number"));
    }

    @Test
    void aWeekOrAQuarterInAMonthlyJourneyIsAProblem() {
        Row week = new Row(2, new PeriodCell(LocalDate.parse("2025-02-03"), Granularity.WEEK, "2025-W06"), n(1, 1, 1),
                new String[0], List.of());
        Row quarter = new Row(3, new PeriodCell(LocalDate.parse("2025-04-01"), Granularity.QUARTER, "2025-Q2"), n(1, 1, 1),
                new String[0], List.of());

        assertThatThrownBy(() -> read(List.of("period", "visits", "score", "stock"), List.of(week, quarter)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(InputException.Problem::message)
                        .containsExactly("\"2025-W06\" is a week, but the template counts by month and a week can span two months; "
                                        + "give one row per month or per day",
                                "\"2025-Q2\" is a quarter, but the template counts by month; give one row per month or finer"));
    }

    @Test
    void manyGapsAreCountedInTheNote() throws InputException {
        DataSet data = read(List.of("period", "visits", "score", "stock"), List.of(
                row(2, "2025-01-01", n(1, 1, 1)),
                row(3, "2025-09-01", n(1, 1, 1))));

        assertThat(data.periods()).hasSize(9);                               // January to September
        assertThat(data.notes()).containsExactly("data: no data for 7 periods (Feb 2025 ... Aug 2025); left blank");
    }

    @Test
    void aHeaderWithoutANeededMeasureIsAProblemBeforeAnyRow() {
        Report report = new Report("data");

        assertThatThrownBy(() -> Table.start(ColumnRoles.of(List.of("month", "Visits", "score"), shop), shop, 3, report))
                .isInstanceOf(InputException.class)
                .hasMessage("data: line 3: no column for measure \"stock\", which the KPIs or funnel need; the header has: "
                        + "month, Visits, score (a column may be named by the measure id or its label)");
    }

    @Test
    void columnRolesByNameLabelAndLayout() {
        ColumnRoles wide = ColumnRoles.of(List.of("store", "Month", "VISITS", "Score", "stock", "note"), shop);
        ColumnRoles lng = ColumnRoles.of(List.of("date", "region", "metric", "amount", "channel"), shop);

        assertThat(wide.longLayout()).isFalse();
        assertThat(wide.period()).isEqualTo(1);
        assertThat(wide.numberColumns()).containsExactly(2, 3, 4);
        assertThat(wide.textColumns()).containsExactly(0, 5);
        assertThat(lng.longLayout()).isTrue();
        assertThat(lng.period()).isEqualTo(0);
        assertThat(lng.numberColumns()).containsExactly(3);
        assertThat(lng.textColumns()).containsExactly(2, 3, 1, 4);       // measure, value, then the segments
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }
}
