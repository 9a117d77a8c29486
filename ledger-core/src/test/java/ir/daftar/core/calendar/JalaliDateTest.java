package ir.daftar.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JalaliDateTest {

    @Test
    void nowruz_of_recent_years_falls_on_the_known_gregorian_days() {
        assertThat(new JalaliDate(1403, 1, 1).toGregorian()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(new JalaliDate(1404, 1, 1).toGregorian()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(new JalaliDate(1405, 1, 1).toGregorian()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(JalaliDate.of(LocalDate.of(2026, 3, 20))).isEqualTo(new JalaliDate(1404, 12, 29));
        assertThat(JalaliDate.of(LocalDate.of(2025, 3, 20))).isEqualTo(new JalaliDate(1403, 12, 30));
    }

    @Test
    void leap_years_have_thirty_days_in_esfand() {
        assertThat(JalaliDate.isLeapYear(1403)).isTrue();
        assertThat(JalaliDate.isLeapYear(1404)).isFalse();
        assertThat(JalaliDate.monthLength(1403, 12)).isEqualTo(30);
        assertThat(JalaliDate.monthLength(1404, 12)).isEqualTo(29);
        assertThatThrownBy(() -> new JalaliDate(1404, 12, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    /** ICU's Persian calendar is purely arithmetic (33-year cycle); it parts from the astronomical table in 1502. */
    @Test
    void every_day_from_1950_to_2120_agrees_with_icu_and_round_trips() {
        PersianCalendar icu = new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        for (LocalDate d = LocalDate.of(1950, 1, 1); d.isBefore(LocalDate.of(2120, 1, 1)); d = d.plusDays(1)) {
            icu.clear();
            icu.setTimeInMillis(d.toEpochDay() * 86_400_000L);
            JalaliDate expected = new JalaliDate(icu.get(Calendar.EXTENDED_YEAR), icu.get(Calendar.MONTH) + 1,
                    icu.get(Calendar.DAY_OF_MONTH));
            JalaliDate ours = JalaliDate.of(d);
            assertThat(ours).as(d.toString()).isEqualTo(expected);
            assertThat(ours.toGregorian()).isEqualTo(d);
        }
    }

    @Test
    void written_and_read_as_yyyy_mm_dd_with_any_digits() {
        assertThat(new JalaliDate(1405, 1, 26).toString()).isEqualTo("1405/01/26");
        assertThat(JalaliDate.parse("۱۴۰۵/۰۱/۲۶")).isEqualTo(new JalaliDate(1405, 1, 26));
        assertThat(JalaliDate.parse("1405-1-26")).isEqualTo(new JalaliDate(1405, 1, 26));
        assertThatThrownBy(() -> JalaliDate.parse("1405/13/01")).isInstanceOf(IllegalArgumentException.class);
    }
}
