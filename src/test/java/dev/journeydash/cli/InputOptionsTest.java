package dev.journeydash.cli;

import dev.journeydash.model.DateOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --locale: what it says about the data, and that --decimal and --date-order win over it. */
class InputOptionsTest {
    private static InputOptions options(String locale, String decimal, String dateOrder) {
        InputOptions o = new InputOptions();
        o.locale = locale;
        o.decimal = decimal;
        o.dateOrder = dateOrder;
        return o;
    }

    // expectations: how these locales write 1234.5 and 31 January 2025 (CLDR, as their users know them)
    @ParameterizedTest
    @CsvSource({
        "en-US, '.', MONTH_FIRST",   // 1,234.5   1/31/25
        "en-GB, '.', DAY_FIRST",     // 1,234.5   31/01/2025
        "de-DE, ',', DAY_FIRST",     // 1.234,5   31.01.25
        "fr-FR, ',', DAY_FIRST",     // 1 234,5   31/01/2025
        "nl-NL, ',', DAY_FIRST",     // 1.234,5   31-01-2025
        "sv-SE, ',', DETECT",        // 1 234,5   2025-01-31: year first, nothing to say about 31/01
        "en_us, '.', MONTH_FIRST"})  // underscore and case as people type them
    void theLocaleGivesTheDecimalSeparatorAndTheDateOrder(String locale, char decimal, DateOrder order) {
        InputOptions o = options(locale, null, null);
        assertThat(o.decimalValue().separator()).isEqualTo(decimal);
        assertThat(o.dateOrderValue()).isEqualTo(order);
    }

    @Test
    void explicitOptionsWinOverTheLocale() {
        InputOptions o = options("de-DE", ".", "month-first");
        assertThat(o.decimalValue()).isEqualTo(dev.journeydash.model.Decimal.POINT);
        assertThat(o.dateOrderValue()).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void withoutOptionsEverythingIsDetected() {
        InputOptions o = options(null, null, null);
        assertThat(o.decimalValue()).isEqualTo(dev.journeydash.model.Decimal.DETECT);
        assertThat(o.dateOrderValue()).isEqualTo(DateOrder.DETECT);
    }

    @Test
    void anUnknownLocaleIsRefused() {
        assertThatThrownBy(() -> options("german", null, null).decimalValue()).isInstanceOf(UsageException.class)
                .hasMessage("--locale must be a language tag such as en-US, en-GB or de-DE, not german");
        assertThatThrownBy(() -> options("!!", null, null).dateOrderValue()).isInstanceOf(UsageException.class)
                .hasMessage("--locale must be a language tag such as en-US, en-GB or de-DE, not !!");
    }

    @Test
    void aLocaleWhoseDecimalSeparatorWeCannotReadSaysSo() {
        // Arabic (Egypt) writes decimals with the Arabic decimal separator U+066B
        assertThatThrownBy(() -> options("ar-EG", null, null).decimalValue()).isInstanceOf(UsageException.class)
                .hasMessage("--locale ar-EG writes decimals with \"\u066B\", which journeydash does not read; "
                        + "give --decimal . or --decimal ,");
    }
}
