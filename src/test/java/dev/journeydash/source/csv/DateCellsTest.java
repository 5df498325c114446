package dev.journeydash.source.csv;

import dev.journeydash.model.DateOrder;
import dev.journeydash.model.SourceDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The date forms exports write, each read to the day a person reading the cell would say. */
class DateCellsTest {
    private static LocalDate read(DateCells cells, String cell) {
        long day = cells.parse(cell);
        return day == DateCells.NONE ? null : LocalDate.ofEpochDay(day);
    }

    private static DateCells auto(String zone, String... sample) {
        return DateCells.of(new SourceDate("Date", null, zone == null ? null : ZoneId.of(zone), null, null), "Date",
                List.of(sample), null, DateOrder.DETECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-01-31|2025-01-31",
        "2025-01-31 14:05:00|2025-01-31",
        "2025-01-31T23:30:00Z|2025-01-31",
        "2022-04-06 21:52:39 -0400|2022-04-06",
        "2026-04-10 03:48:02|2026-04-10",
        "20240416|2024-04-16",
        "2024041623|2024-04-16",
        "31/01/2025|2025-01-31",
        "31.01.2025|2025-01-31",
        "Jun 01, 2023 09:46 pm|2023-06-01",
        "Jun 01, 2023|2023-06-01",
        "September 5, 2024|2024-09-05",
        "5 Sep 2024|2024-09-05",
        "2025-01|2025-01-01",
        "Jan 2025|2025-01-01",
        "2025-Q2|2025-04-01"})
    void everyFormIsReadAsWritten(String cell, String day) {
        assertThat(read(auto(null, cell), cell)).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void dateTimesWithAnOffsetFallOnTheDayOfTheDeclaredZone() {
        assertThat(read(auto("Asia/Tokyo"), "2025-01-31T23:30:00Z")).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(read(auto("UTC"), "2022-04-06 21:52:39 -0400")).isEqualTo(LocalDate.of(2022, 4, 7));
        assertThat(read(auto("America/Los_Angeles"), "2022-04-06 21:52:39 -0400")).isEqualTo(LocalDate.of(2022, 4, 6));
        assertThat(read(auto("UTC"), "2025-01-31 10:00:00")).as("no offset: as written").isEqualTo(LocalDate.of(2025, 1, 31));
    }

    @Test
    void theOrderOfDayAndMonthComesFromADateThatProvesIt() {
        assertThat(read(auto(null, "12/31/2023", "1/4/2024"), "1/4/2024")).isEqualTo(LocalDate.of(2024, 1, 4));
        assertThat(read(auto(null, "31/12/2023", "1/4/2024"), "1/4/2024")).isEqualTo(LocalDate.of(2024, 4, 1));
    }

    @Test
    void excelSerialDatesAreReadWhenEveryCellIsOne() {
        DateCells cells = auto(null, "45688", "45689");
        assertThat(read(cells, "45688")).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(read(cells, "45658.75")).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void aDeclaredPatternIsUsed() {
        DateCells cells = DateCells.of(new SourceDate("Date", "dd.MM.yy HH:mm", null, null, null), "Date", List.of(), null,
                DateOrder.DETECT);
        assertThat(read(cells, "05.03.25 14:00")).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(read(cells, "2025-03-05")).isNull();
    }

    @Test
    void countedColumnsStartAtTheGivenOrThePreamblesDate() {
        DateCells weeks = DateCells.of(SourceDate.column("Nth week"), "Nth week", List.of(), LocalDate.of(2025, 1, 1), DateOrder.DETECT);
        assertThat(read(weeks, "0002")).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(weeks.days()).as("weeks are not days: no partial periods judged from them").isFalse();
        DateCells days = DateCells.of(new SourceDate("Nth day", null, null, LocalDate.of(2025, 3, 1), null), "Nth day", List.of(),
                null, DateOrder.DETECT);
        assertThat(read(days, "31")).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void whatIsNoDateIsNone() {
        DateCells cells = auto(null);
        for (String s : new String[] {"yesterday", "2025-13-01", "31/02/2025", "", "Foo 12, 2025", "12345678901"}) {
            assertThat(read(cells, s)).as(s).isNull();
        }
    }
}
