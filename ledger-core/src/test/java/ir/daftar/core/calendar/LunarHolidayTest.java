package ir.daftar.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ADR 0800: a holiday file's line and the admin page's form name a lunar holiday by its code. */
class LunarHolidayTest {

    @Test
    void every_holiday_is_found_by_its_code() {
        for (LunarHoliday h : LunarHoliday.values()) {
            assertThat(LunarHoliday.byCode(h.name())).contains(h);
        }
    }

    @Test
    void any_other_word_names_no_holiday() {
        assertThat(LunarHoliday.byCode("ashura")).isEmpty();
        assertThat(LunarHoliday.byCode("Nowruz")).isEmpty();
        assertThat(LunarHoliday.byCode("")).isEmpty();
        assertThat(LunarHoliday.byCode(null)).isEmpty();
    }
}
