package dev.journeydash.compute;

import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.TemplateLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The per-segment results on {@code src/test/resources/segments/}: 3 months x 4 channels, worked
 * out by hand from channels-wide.csv (channels-long.csv holds the same numbers in the long layout).
 *
 * <p>Visitors over the three months: Search 1000+1100+1200 = 3300, Social 800+900+1000 = 2700,
 * Direct 300+280+250 = 830, Email 100+120+150 = 370. With {@code top: 2} ranked by visitors (the
 * funnel's first step), the groups are Search, Social and Other (Direct, Email).
 */
class SegmentSplitTest {
    private static final Path DIR = Path.of("src/test/resources/segments");
    private static final double EPS = 1e-12;

    static Results results(String template, Path data) throws Exception {
        Journey journey = TemplateLoader.parse("journey.yaml", template);
        return Calculator.compute(journey, DataSources.read(data, journey, ReadOptions.DETECT));
    }

    static Results results(String template, String csvName, String csv) throws Exception {
        Journey journey = TemplateLoader.parse("journey.yaml", template);
        DataSet data = DataSources.parse(csvName, csv, journey, ReadOptions.DETECT);
        return Calculator.compute(journey, data);
    }

    static String template() throws Exception {
        return Files.readString(DIR.resolve("journey.yaml"));
    }

    static String templateWith(String segments) throws Exception {
        return template().replace("segments: { column: channel, label: Channel, top: 2 }", segments);
    }

    private static Results wide() throws Exception {
        return results(template(), DIR.resolve("channels-wide.csv"));
    }

    @Test
    void topTwoByVisitorsThenOtherWithTheRest() throws Exception {
        SegmentResults seg = wide().segments();

        assertThat(seg.groups()).extracting(SegmentGroup::name).containsExactly("Search", "Social", "");
        assertThat(seg.groups()).extracting(SegmentGroup::volume).containsExactly(3300.0, 2700.0, 830.0 + 370.0);
        assertThat(seg.groups().get(2).members()).containsExactly("Direct", "Email");
        assertThat(seg.hasOther()).isTrue();
        assertThat(seg.topValues()).containsExactly("Search", "Social");
        assertThat(seg.segmentation().label()).isEqualTo("Channel");
    }

    @Test
    void ratiosOfAGroupComeFromItsOwnSumsNotFromAnAverageOfRatios() throws Exception {
        Results other = wide().segments().results().get(2);

        // Other in January: Email 10/100 and Direct 15/300 -> (10+15)/(100+300) = 0.0625,
        // where the average of the two ratios would be (0.1 + 0.05)/2 = 0.075.
        assertThat(other.kpi("conversion", 0)).isCloseTo(0.0625, within(EPS)).isNotCloseTo(0.075, within(1e-3));
        // February: (12+14)/(120+280) = 0.065; March: (30+5)/(150+250) = 0.0875
        assertThat(other.kpi("conversion", 1)).isCloseTo(0.065, within(EPS));
        assertThat(other.kpi("conversion", 2)).isCloseTo(0.0875, within(EPS));
        // order value: (900+1275)/25 = 87, (1080+1190)/26 = 87.3076923..., (2700+425)/35 = 89.2857142...
        assertThat(other.kpi("aov", 0)).isCloseTo(87.0, within(EPS));
        assertThat(other.kpi("aov", 1)).isCloseTo(2270.0 / 26, within(EPS));
        assertThat(other.kpi("aov", 2)).isCloseTo(3125.0 / 35, within(EPS));
    }

    @Test
    void eachGroupHasItsOwnKpisScoresAndStatuses() throws Exception {
        Results all = wide();
        List<Results> groups = all.segments().results();
        // Search: two January rows, (18+12)/(600+400) = 0.03; Social 8/800 = 0.01
        assertThat(groups.get(0).kpi("conversion", 0)).isCloseTo(0.03, within(EPS));
        assertThat(groups.get(1).kpi("conversion", 0)).isCloseTo(0.01, within(EPS));
        assertThat(groups.get(1).kpi("conversion", 2)).isCloseTo(0.005, within(EPS));
        // All: 63/2200, 68/2400, 88/2600 (Python: 0.028636363636363637, 0.028333333333333332, 0.033846153846153845)
        assertThat(all.kpi("conversion", 0)).isCloseTo(0.028636363636363637, within(EPS));
        assertThat(all.kpi("conversion", 1)).isCloseTo(0.028333333333333332, within(EPS));
        assertThat(all.kpi("conversion", 2)).isCloseTo(0.033846153846153845, within(EPS));
        // order value 80 in every Search month: a score of 1 against the target of 80
        assertThat(groups.get(0).kpi("aov", 1)).isCloseTo(80.0, within(EPS));
        assertThat(groups.get(0).status(kpi(all, "aov"), 1)).isEqualTo(Status.ON_TRACK);
        // Social's conversion 0.01 against 0.05: a score of 0.2, off track
        assertThat(groups.get(1).score("conversion", 0)).isCloseTo(0.2, within(EPS));
        assertThat(groups.get(1).status(kpi(all, "conversion"), 0)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void allIsTheSumOverTheGroupsForEverySummedMeasureAndPeriod() throws Exception {
        assertSumOfGroups(wide());
        // the sums by hand: January visitors 1000+800+100+300, orders 30+8+10+15, revenue 2400+480+900+1275
        Results all = wide();
        assertThat(all.data().value("visitors", 0)).isEqualTo(2200.0);
        assertThat(all.data().value("orders", 0)).isEqualTo(63.0);
        assertThat(all.data().value("revenue", 0)).isCloseTo(5055.0, within(1e-9));
    }

    @Test
    void onTheSampleAllIsTheSumOverChannelsAndEqualsTheEcommerceSample() throws Exception {
        Journey journey = TemplateLoader.load(Path.of("templates/examples/ecommerce-channels.yaml"));
        Results all = Calculator.compute(journey, DataSources.read(Path.of("sample-data/ecommerce-channels.csv"), journey,
                ReadOptions.DETECT));
        assertThat(all.segments().groups()).extracting(SegmentGroup::name)
                .containsExactlyInAnyOrder("Organic search", "Paid search", "Social", "Email", "Direct");
        assertThat(all.segments().hasOther()).isFalse();
        assertSumOfGroups(all);
        Journey plain = TemplateLoader.load(Path.of("templates/ecommerce.yaml"));
        Results ecommerce = Calculator.compute(plain, DataSources.read(Path.of("sample-data/ecommerce.csv"), plain,
                ReadOptions.DETECT));
        for (String id : ecommerce.kpiValues().keySet()) {
            for (int p = 0; p < ecommerce.periodCount(); p++) {
                assertThat(all.kpi(id, p)).as("%s in period %d", id, p).isCloseTo(ecommerce.kpi(id, p), within(1e-9));
            }
        }
    }

    /** Every summed measure of All equals the sum of the groups', every period. */
    static void assertSumOfGroups(Results all) {
        assertThat(SegmentSums.mismatch(all)).as("All against the sum of the groups").isNull();
    }

    @Test
    void theLongLayoutGivesTheSameResultsAsTheWide() throws Exception {
        Results wide = wide();
        Results longer = results(template(), DIR.resolve("channels-long.csv"));

        assertThat(longer.segments().groups()).isEqualTo(wide.segments().groups());
        for (int g = 0; g < wide.segments().size(); g++) {
            for (String id : List.of("conversion", "aov", "stock_kpi")) {
                for (int p = 0; p < 3; p++) {
                    assertThat((Double) longer.segments().results().get(g).kpi(id, p)).as("group %d, %s, period %d", g, id, p)
                            .isEqualTo((Double) wide.segments().results().get(g).kpi(id, p));
                }
            }
        }
    }

    @Test
    void rankedByTheMeasureThatByNames() throws Exception {
        // orders: Search 30+33+48 = 111, Email 10+12+30 = 52, Direct 15+14+5 = 34, Social 8+9+5 = 22
        Results r = results(templateWith("segments: { column: channel, top: 2, by: orders }"), DIR.resolve("channels-wide.csv"));

        assertThat(r.segments().groups()).extracting(SegmentGroup::name).containsExactly("Search", "Email", "");
        assertThat(r.segments().groups().get(2).members()).containsExactly("Direct", "Social");
        assertThat(r.segments().groups()).extracting(SegmentGroup::volume).containsExactly(111.0, 52.0, 56.0);
        assertThat(r.segments().segmentation().label()).as("the column's name when no label is given").isEqualTo("channel");
    }

    @Test
    void tiesKeepTheOrderFirstSeen() throws Exception {
        String csv = """
                period,channel,visitors,orders,revenue,stock
                2025-01,B,100,1,10,1
                2025-01,A,100,1,10,1
                2025-01,C,100,1,10,1
                2025-01,D,50,1,10,1
                """;
        Results r = results(templateWith("segments: { column: channel, top: 2 }"), "ties.csv", csv);

        assertThat(r.segments().groups()).extracting(SegmentGroup::name).containsExactly("B", "A", "");
        assertThat(r.segments().groups().get(2).members()).containsExactly("C", "D");
    }

    @Test
    void blankCellsGoToOtherAndCaseAndSpacesDoNotMakeANewValue() throws Exception {
        String csv = """
                period,channel,visitors,orders,revenue,stock
                2025-01,Search,100,1,10,1
                2025-01, search ,50,2,20,1
                2025-01,SEARCH,25,3,30,1
                2025-01,,40,4,40,1
                2025-01,Social,10,5,50,1
                """;
        Results r = results(templateWith("segments: { column: channel, top: 5 }"), "blanks.csv", csv);

        SegmentResults seg = r.segments();
        assertThat(seg.groups()).extracting(SegmentGroup::name).containsExactly("Search", "Social", "");
        assertThat(seg.groups().get(0).volume()).isEqualTo(175.0);
        SegmentGroup other = seg.groups().get(2);
        assertThat(other.other()).isTrue();
        assertThat(other.blanks()).isTrue();
        assertThat(other.members()).isEmpty();
        assertThat(seg.results().get(2).data().value("visitors", 0)).isEqualTo(40.0);
        assertThat(seg.results().get(0).data().value("orders", 0)).isEqualTo(6.0);
        assertSumOfGroups(r);
    }

    @Test
    void aMissingColumnIsAnErrorThatListsTheTextColumns() throws Exception {
        String csv = """
                period,source,visitors,orders,revenue,stock
                2025-01,Search,100,1,10,1
                """;
        assertThatThrownBy(() -> results(template(), "nochannel.csv", csv))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("nochannel.csv")
                .hasMessageContaining("\"channel\" (segments:, line 6)")
                .hasMessageContaining("its text columns are: source");
    }

    @Test
    void longDataWithoutTheColumnIsAnErrorThatSaysWhatToGive() throws Exception {
        String csv = """
                period,measure,value
                2025-01,visitors,100
                2025-01,orders,3
                2025-01,revenue,250
                2025-01,stock,9
                """;
        assertThatThrownBy(() -> results(template(), "long.csv", csv))
                .isInstanceOf(InputException.class)
                .hasMessage("long.csv: the template splits the data by \"channel\" (segments:, line 6), but the data has no "
                        + "such column; it has no text column besides the period: give a row per period and segment with a "
                        + "\"channel\" column");
    }

    @Test
    void aLastValueMeasureIsTheSumOfTheRowsOnThePeriodsLastDateInAllAsInEachGroup() throws Exception {
        // January's last date is the 31st: Social 20, Email 30 and Direct 10 are read, Search's 45 of the 25th is not
        // (the stock on the period's last date, in every segment): All 60 = Search blank + Social 20 + Other (30 + 10)
        Results all = wide();
        List<Results> groups = all.segments().results();
        assertThat(groups.get(0).data().value("stock", 0)).as("Search: no row on the 31st").isNaN();
        assertThat(groups.get(2).data().value("stock", 0)).as("Other: Email 30 + Direct 10").isEqualTo(40.0);
        assertThat(groups.get(2).data().value("stock", 2)).isEqualTo(33.0 + 11.0);
        assertThat(all.data().value("stock", 0)).isEqualTo(60.0);
        assertThat(all.segments().results().stream().mapToDouble(g -> g.data().value("stock", 0)).filter(v -> !Double.isNaN(v))
                .sum()).isEqualTo(60.0);
        // February and March: one row per channel on the last day, 50 + 22 + 31 + 12 and 55 + 25 + 33 + 11
        assertThat(all.data().value("stock", 1)).isEqualTo(115.0);
        assertThat(all.data().value("stock", 2)).isEqualTo(124.0);
    }

    @Test
    void moreThanAThousandValuesIsAnError() throws Exception {
        StringBuilder csv = new StringBuilder("period,channel,visitors,orders,revenue,stock\n");
        for (int i = 0; i <= 1_000; i++) {
            csv.append("2025-01,c").append(i).append(",1,1,1,1\n");
        }
        assertThatThrownBy(() -> results(template(), "many.csv", csv.toString()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("many.csv")
                .hasMessageContaining("\"channel\" has more than 1,000 distinct values");
    }

    @Test
    void aThousandValuesDifferingOnlyInCaseAreAThousandValues() throws Exception {
        StringBuilder csv = new StringBuilder("period,channel,visitors,orders,revenue,stock\n");
        for (int i = 0; i < 1_000; i++) {
            csv.append("2025-01,c").append(i).append(",1,1,1,1\n");
            csv.append("2025-01,C").append(i).append(" ,1,1,1,1\n");
        }
        Results r = results(template(), "cases.csv", csv.toString());

        assertThat(r.segments().groups().get(2).members()).hasSize(998);
    }

    private static Kpi kpi(Results r, String id) {
        return r.journey().kpis().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
    }
}
