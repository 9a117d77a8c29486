package ir.daftar.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.api.problem.InvalidInput;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Times as people send them, and the ones refused (issue: dates of 1900 were accepted for lodgedAt and occurredAt). */
class TimesTest {

    @ParameterizedTest
    @CsvSource({
            "2026-05-08T21:40:00Z,        2026-05-08T21:40:00Z",
            "2026-05-09T01:10:00+03:30,   2026-05-08T21:40:00Z",
            "2026-05-09T01:10:00,         2026-05-08T21:40:00Z",
            "2026-05-09T01:10,            2026-05-08T21:40:00Z",
            "2026-05-09,                  2026-05-08T20:30:00Z",
            "1405/02/19,                  2026-05-08T20:30:00Z",
            "1405/02/19 01:10,            2026-05-08T21:40:00Z",
            "1405/2/19T1:10:00,           2026-05-08T21:40:00Z",
            "۱۴۰۵/۰۲/۱۹ ۰۱:۱۰,            2026-05-08T21:40:00Z"})
    void reads_iso_and_jalali_times_in_tehran(String raw, String expected) {
        assertThat(Times.instant("occurredAt", raw)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01T00:00:00Z", "1999-12-31T12:00:00Z", "1378/01/01", "2100-01-01T00:00:00Z",
            "+20260-01-01T00:00:00Z"})
    void dates_of_1900_accepted_for_lodgedAt_and_occurredAt_are_refused_as_out_of_range(String raw) {
        assertThatThrownBy(() -> Times.instant("lodgedAt", raw)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("lodgedAt");
                assertThat(error.code()).isEqualTo("DATE_OUT_OF_RANGE");
            });
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-45", "1405/13/01", "1405/12/20 25:00", "12", "2026-05-08 21:40"})
    void anything_else_is_refused_as_invalid(String raw) {
        assertThatThrownBy(() -> Times.instant("occurredAt", raw)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.code()).isEqualTo("INVALID")));
    }
}
