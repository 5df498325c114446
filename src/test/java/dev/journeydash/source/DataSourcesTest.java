package dev.journeydash.source;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Period;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Real-world CSV dialects that must read, each checked against values worked out by hand. */
class DataSourcesTest {
    /** Four measures: three summed, one averaged. Column labels: Unique visitors, Orders, Revenue, NPS survey average. */
    private static final String SHOP = """
            name: Shop
            measures:
              visitors: { label: Unique visitors }
              orders: { label: Orders }
              revenue: { label: Revenue, format: currency }
              nps_score: { label: NPS survey average, format: decimal, aggregation: average }
            stages:
              - id: buy
                kpis:
                  - { id: conversion, formula: orders / visitors, better: higher, target: 0.02 }
                  - { id: order_value, formula: revenue / orders, better: higher, target: 80 }
                  - { id: nps, formula: nps_score, better: higher, target: 40 }
            """;
    private static final String WIDE = """
            period,visitors,orders,revenue,nps_score
            2025-01,1000,20,1500.50,41.5
            2025-02,1200,30,2400,38
            """;

    private static final ReadOptions COMMA = new ReadOptions(Decimal.COMMA, DateOrder.DETECT);
    private static final ReadOptions POINT = new ReadOptions(Decimal.POINT, DateOrder.DETECT);

    private static Journey shop;

    @BeforeAll
    static void loadTemplate() throws InputException {
        shop = TemplateLoader.parse("shop.yaml", SHOP);
    }

    private static DataSet read(String csv) throws InputException {
        return DataSources.parse("data.csv", csv, shop, ReadOptions.DETECT);
    }

    private static List<String> labels(DataSet data) {
        return data.periods().stream().map(Period::label).toList();
    }

    /** The values of {@code measure}, one per period. */
    private static List<Double> values(DataSet data, String measure) {
        return Arrays.stream(data.measures().get(measure)).boxed().toList();
    }

    private static void assertIsWide(DataSet data) {
        assertThat(labels(data)).containsExactly("Jan 2025", "Feb 2025");
        assertThat(values(data, "visitors")).containsExactly(1000.0, 1200.0);
        assertThat(values(data, "orders")).containsExactly(20.0, 30.0);
        assertThat(values(data, "revenue")).containsExactly(1500.5, 2400.0);
        assertThat(values(data, "nps_score")).containsExactly(41.5, 38.0);
    }

    @Test
    void plainCommaSeparated() throws InputException {
        DataSet data = read(WIDE);

        assertIsWide(data);
        assertThat(data.source()).isEqualTo("data.csv");
        assertThat(data.extras()).isEmpty();
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void byteOrderMarkBeforeTheHeader() throws InputException {
        assertIsWide(read("\uFEFF" + WIDE));
    }

    @Test
    void byteOrderMarkInAFile(@TempDir Path dir) throws IOException, InputException {
        Path file = dir.resolve("bom.csv");
        byte[] text = WIDE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Files.write(file, bytes);

        DataSet data = DataSources.read(file, shop, ReadOptions.DETECT);

        assertIsWide(data);
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void semicolonsWithDecimalCommaAndThousandsPoints() throws InputException {
        DataSet data = read("""
                period;visitors;orders;revenue;nps_score
                2025-01;1.000;20;1.500,50;41,5
                2025-02;1.200;30;2.400,00;38
                """);

        assertIsWide(data);
        assertThat(data.notes()).containsExactly("data.csv: numbers read with a decimal comma (as on line 2)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "|", ";"})
    void otherDelimiters(String delimiter) throws InputException {
        assertIsWide(read(WIDE.replace(",", delimiter)));
    }

    @Test
    void windowsLineEndings() throws InputException {
        assertIsWide(read(WIDE.replace("\n", "\r\n")));
    }

    @Test
    void windowsLineEndingsKeepLineNumbersRight() {
        String csv = WIDE.replace("2400", "24OO").replace("\n", "\r\n");

        assertThatThrownBy(() -> read(csv)).hasMessageStartingWith("data.csv: line 3, column \"revenue\": \"24OO\" is not a number");
    }

    @Test
    void quotedFieldsHeadersAndSeparatorsInsideQuotes() throws InputException {
        DataSet data = read("""
                "period","visitors","orders","revenue","nps_score","comment"
                "2025-01","1,000","20","1,500.50","41.5","launch, ""big"" one"
                "2025-02","1,200","30","2,400","38",""
                """);

        assertIsWide(data);
        assertThat(data.extras()).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("comment");
            assertThat(e.values()).containsExactly("launch, \"big\" one", null);
        });
    }

    @Test
    void aLineBreakInsideQuotesDoesNotShiftLaterLineNumbers() {
        String csv = """
                period,visitors,orders,revenue,nps_score,comment
                2025-01,1000,20,1500.50,41.5,"two
                lines"
                2025-02,1200,30,24OO,38,
                """;

        assertThatThrownBy(() -> read(csv)).hasMessageStartingWith("data.csv: line 4, column \"revenue\":");
    }

    @Test
    void blankLinesAnywhere() throws InputException {
        assertIsWide(read("\n\n" + WIDE.replace("41.5\n", "41.5\n\n   \n") + "\n\n"));
    }

    @Test
    void percentagesAreFractions() throws InputException {
        DataSet data = read(WIDE.replace("41.5", "12.5%").replace(",38", ",100 %"));

        assertThat(values(data, "nps_score")).containsExactly(0.125, 1.0);
    }

    @Test
    void currencySymbolsAndThousandsSeparators() throws InputException {
        DataSet data = read(WIDE.replace("1500.50", "\"$1,234.50\"").replace("2400", "2400 $"));

        assertThat(values(data, "revenue")).containsExactly(1234.5, 2400.0);
    }

    @Test
    void euroAmountsWithDecimalComma() throws InputException {
        DataSet data = read("""
                period;visitors;orders;revenue;nps_score
                2025-01;1000;20;€1.234,50;41,5
                2025-02;1200;30;1 234,50 EUR;38
                2025-03;1300;31;1\u00a0000,25 €;40
                """);

        assertThat(values(data, "revenue")).containsExactly(1234.5, 1234.5, 1000.25);
        assertThat(values(data, "nps_score")).containsExactly(41.5, 38.0, 40.0);
    }

    @Test
    void negativeNumbersInParentheses() throws InputException {
        DataSet data = read(WIDE.replace("1500.50", "\"(1,234)\"").replace("2400", "-2400.5"));

        assertThat(values(data, "revenue")).containsExactly(-1234.0, -2400.5);
    }

    @Test
    void monthNames() throws InputException {
        DataSet data = read(WIDE.replace("2025-01", "Jan 2025").replace("2025-02", "February 2025"));

        assertIsWide(data);
    }

    @Test
    void isoDatesAreAggregatedIntoMonths() throws InputException {
        DataSet data = read("""
                period,visitors,orders,revenue,nps_score
                2025-01-05,400,8,600,40
                2025-01-20,600,12,900.50,43
                2025-02-03,1200,30,2400,38
                """);

        assertThat(labels(data)).containsExactly("Jan 2025", "Feb 2025");
        assertThat(values(data, "visitors")).containsExactly(1000.0, 1200.0);   // 400 + 600
        assertThat(values(data, "orders")).containsExactly(20.0, 30.0);         // 8 + 12
        assertThat(values(data, "revenue")).containsExactly(1500.5, 2400.0);    // 600 + 900.50
        assertThat(values(data, "nps_score")).containsExactly(41.5, 38.0);      // (40 + 43) / 2
    }

    @Test
    void averagesSkipEmptyCells() throws InputException {
        DataSet data = read("""
                period,visitors,orders,revenue,nps_score
                2025-01-05,400,8,600,40
                2025-01-12,300,8,600,
                2025-01-20,300,4,300.50,43
                """);

        assertThat(values(data, "visitors")).containsExactly(1000.0);
        assertThat(values(data, "nps_score")).containsExactly(41.5);            // (40 + 43) / 2, the blank is not a 0
    }

    @Test
    void dayFirstDates() throws InputException {
        DataSet data = read("""
                period,visitors,orders,revenue,nps_score
                31/01/2025,1000,20,1500.50,41.5
                01/02/2025,1200,30,2400,38
                """);

        assertIsWide(data);
    }

    @Test
    void dayFirstIsAssumedWhenNoDateProvesTheOrder() throws InputException {
        DataSet data = read(WIDE.replace("2025-01", "05.01.2025").replace("2025-02", "03/02/2025"));

        assertIsWide(data);
    }

    @Test
    void monthFirstDatesInAPeriodColumnThatIsNotTheFirst() throws InputException {
        DataSet data = read("""
                region,date,visitors,orders,revenue,nps_score
                north,01/31/2025,1000,20,1500.50,41.5
                north,02/03/2025,1200,30,2400,38
                """);

        assertIsWide(data);
        assertThat(data.extras()).singleElement().satisfies(e -> assertThat(e.values()).containsExactly("north", "north"));
    }

    @Test
    void longLayoutReadsLikeTheWideFile() throws InputException {
        DataSet data = read("""
                period,measure,value
                2025-01,visitors,1000
                2025-01,orders,20
                2025-01,Revenue,1500.50
                2025-01,NPS survey average,41.5
                2025-02,visitors,1200
                2025-02,orders,30
                2025-02,revenue,2400
                2025-02,nps_score,38
                """);
        DataSet wide = read(WIDE);

        assertIsWide(data);
        assertThat(data.periods()).isEqualTo(wide.periods());
        for (String m : List.of("visitors", "orders", "revenue", "nps_score")) {
            assertThat(data.measures().get(m)).as(m).containsExactly(wide.measures().get(m));
        }
    }

    @Test
    void longLayoutWithSegmentsSumsAndAveragesAcrossThem() throws InputException {
        DataSet data = read("""
                period,region,measure,value
                2025-01,north,visitors,400
                2025-01,south,visitors,600
                2025-01,north,orders,20
                2025-01,north,revenue,1500.50
                2025-01,north,nps_score,40
                2025-01,south,nps_score,43
                """);

        assertThat(values(data, "visitors")).containsExactly(1000.0);
        assertThat(values(data, "nps_score")).containsExactly(41.5);
    }

    @Test
    void longLayoutKeepsNamesThatAreNotMeasuresAsExtras() throws InputException {
        DataSet data = read("""
                period,measure,value
                2025-01,visitors,1000
                2025-01,orders,20
                2025-01,revenue,1500.50
                2025-01,nps_score,41.5
                2025-01,ad spend,300
                """);

        assertThat(data.extras()).singleElement().satisfies(e -> {
            assertThat(e.header()).isEqualTo("ad spend");
            assertThat(e.values()).containsExactly(300.0);
        });
    }

    @Test
    void headersMatchIdsOrLabelsWhateverTheCase() throws InputException {
        assertIsWide(read(WIDE.replace("period,visitors,orders,revenue,nps_score",
                "PERIOD,UNIQUE VISITORS,Orders, revenue ,Nps Survey Average")));
    }

    @Test
    void columnsThatAreNotMeasuresAreKeptAsExtras() throws InputException {
        DataSet data = read("""
                period,visitors,campaign,orders,revenue,nps_score,ad spend
                2025-01,1000,Spring sale,20,1500.50,41.5,"1,500"
                2025-02,1200,,30,2400,38,250.25
                """);

        assertIsWide(data);
        assertThat(data.extras()).extracting(DataSet.ExtraColumn::header).containsExactly("campaign", "ad spend");
        assertThat(data.extras().get(0).values()).containsExactly("Spring sale", null);
        assertThat(data.extras().get(1).values()).containsExactly(1500.0, 250.25);
    }

    @Test
    void gapsAreFilledWithBlankPeriodsAndReported() throws InputException {
        DataSet data = read("""
                period,visitors,orders,revenue,nps_score
                2025-01,1000,20,1500.50,41.5
                2025-04,1200,30,2400,38
                """);

        assertThat(labels(data)).containsExactly("Jan 2025", "Feb 2025", "Mar 2025", "Apr 2025");
        assertThat(values(data, "visitors")).containsExactly(1000.0, Double.NaN, Double.NaN, 1200.0);
        assertThat(data.notes()).containsExactly("data.csv: no data for Feb 2025, Mar 2025; left blank");
    }

    @Test
    void rowsMayComeInAnyOrder() throws InputException {
        assertIsWide(read("""
                period,visitors,orders,revenue,nps_score
                2025-02,1200,30,2400,38
                2025-01,1000,20,1500.50,41.5
                """));
    }

    @Test
    void emptyCellsAreMissingNotZero() throws InputException {
        DataSet data = read("""
                period,visitors,orders,revenue,nps_score
                2025-01,1000,,1500.50,41.5
                2025-02,1200,30,2400
                """);

        assertThat(values(data, "orders")).containsExactly(Double.NaN, 30.0);
        assertThat(values(data, "nps_score")).containsExactly(41.5, Double.NaN);
        assertThat(values(data, "revenue")).containsExactly(1500.5, 2400.0);
    }

    @Test
    void theDecimalSeparatorCanBeForced() throws InputException {
        String csv = """
                period,visitors,orders,revenue,nps_score
                2025-01,1.234,20,1500,41
                """;

        assertThat(DataSources.parse("data.csv", csv, shop, COMMA).value("visitors", 0)).isEqualTo(1234.0);
        assertThat(DataSources.parse("data.csv", csv, shop, POINT).value("visitors", 0)).isEqualTo(1.234);
    }

    @Test
    void utf16LittleEndianWithByteOrderMark(@TempDir Path dir) throws IOException, InputException {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, ("\uFEFF" + WIDE.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_16LE));

        DataSet data = DataSources.read(file, shop, ReadOptions.DETECT);

        assertIsWide(data);
        assertThat(data.notes()).containsExactly(file + ": read as UTF-16 (little-endian)");
    }

    @Test
    void utf16BigEndianWithByteOrderMark(@TempDir Path dir) throws IOException, InputException {
        Path file = dir.resolve("utf16be.csv");
        Files.write(file, ("\uFEFF" + WIDE).getBytes(StandardCharsets.UTF_16BE));

        assertIsWide(DataSources.read(file, shop, ReadOptions.DETECT));
    }

    @Test
    void windows1252TextIsReadAndSaid(@TempDir Path dir) throws IOException, InputException {
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, WIDE.replace("nps_score\n", "nps_score,caf\u00e9\n").replace("41.5\n", "41.5,cr\u00e8me\n")
                .getBytes(Charset.forName("windows-1252")));

        DataSet data = DataSources.read(file, shop, ReadOptions.DETECT);

        assertIsWide(data);
        assertThat(data.extras().get(0).header()).isEqualTo("caf\u00e9");
        assertThat(data.extras().get(0).values()).containsExactly("cr\u00e8me", null);
        assertThat(data.notes()).containsExactly(file + ": not valid UTF-8, read as Windows-1252");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.csv");

        assertThatThrownBy(() -> DataSources.read(file, shop, ReadOptions.DETECT))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": the data file does not exist");
    }

    @Test
    void theEcommerceSampleData() throws InputException {
        Journey ecommerce = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));

        DataSet data = DataSources.read(Path.of("sample-data/ecommerce.csv"), ecommerce, ReadOptions.DETECT);

        // the first data row of sample-data/ecommerce.csv, as written in the file
        assertThat(data.periods()).hasSize(24);
        assertThat(labels(data).get(0)).isEqualTo("Jan 2024");
        assertThat(labels(data).get(23)).isEqualTo("Dec 2025");
        assertThat(data.value("sessions", 0)).isEqualTo(51093.0);
        assertThat(data.value("visitors", 0)).isEqualTo(34113.0);
        assertThat(data.value("revenue", 0)).isCloseTo(70305.76, within(1e-9));
        assertThat(data.value("reviews", 0)).isEqualTo(172.0);
        assertThat(data.value("orders", 1)).isEqualTo(844.0);
        assertThat(data.measures()).hasSize(18);
        assertThat(data.extras()).isEmpty();
        assertThat(data.notes()).isEmpty();
    }

    @Test
    void theEcommerceTemplateReadsHeadersByLabel() throws InputException {
        Journey ecommerce = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));
        String header = String.join(",", ecommerce.measures().stream().map(m -> m.label().toUpperCase()).toList());
        String row = String.join(",", java.util.stream.IntStream.rangeClosed(1, 18).mapToObj(String::valueOf).toList());

        DataSet data = DataSources.parse("labels.csv", "Month," + header + "\nJan 2025," + row + "\n", ecommerce, ReadOptions.DETECT);

        assertThat(data.value("sessions", 0)).isEqualTo(1.0);
        assertThat(data.value("revenue", 0)).isEqualTo(10.0);
        assertThat(data.value("active_customers", 0)).isEqualTo(11.0);
        assertThat(data.value("reviews", 0)).isEqualTo(18.0);
    }
}
