package ir.daftar.api.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.api.holidays.HolidayRequests.HolidayInput;
import ir.daftar.core.calendar.LunarHoliday;
import org.junit.jupiter.api.Test;

/** ADR 0800: the admin page's form reads its lines as the shipped files do. */
class HolidayPagesTest {

    @Test
    void a_line_names_its_lunar_holiday_by_code_and_any_other_word_is_part_of_the_name() {
        String form = "# 1405\n\n1405/04/04 ASHURA عاشورای حسینی\n1405/04/03 TASUA\n1405/01/01 ashura day\n";
        assertThat(HolidayPages.inputs(form))
                .containsExactly(
                        new HolidayInput("1405/04/04", "عاشورای حسینی", LunarHoliday.ASHURA),
                        new HolidayInput("1405/04/03", LunarHoliday.TASUA.nameFa(), LunarHoliday.TASUA),
                        new HolidayInput("1405/01/01", "ashura day", null));
        assertThat(HolidayPages.inputs(null)).isEmpty();
    }
}
