package dev.kct.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatentDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2002-08-07, 2024, 2002-08-07",
        "2002-8-7, 2024, 2002-08-07",
        "2004-10-01T23:59:59.000Z, 2024, 2004-10-01",
        "20150213, 2024, 2015-02-13",
        "19861200, 2024, 1986-12",
        "1998, 2024, 1998",
        "07/08/2002, 2024, 2002-08-07",
        "21.08.2009, 2024, 2009-08-21",
        "25/04/13, 2013, 2013-04-25",
        "21/09/76, 1976, 1976-09-21",
        "24/08/75, 1976, 1975-08-24",
        "05/10/17, 2024, 2017-10-05",
        "05/10/25, 2024, 1925-10-05",
        "7/8/02, 2024, 2002-08-07",
    })
    void readsNumericDateForms(String text, int latestYear, String expected) {
        assertThat(PatentDates.parseNumeric(text, latestYear)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "31/02/14, no such day",
        "2000-13-01, month 13",
        "1/2, not a date",
        "01/02/123, year has 3 digits",
        "aa/bb/cc, not a digit",
    })
    void saysWhatIsWrongWithABadDate(String text, String message) {
        assertThatThrownBy(() -> PatentDates.parseNumeric(text, 2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text)
                .hasMessageContaining(message);
    }
}
