package ir.daftar.api.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.calendar.HolidayEntry;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** ADR 0800: holiday files, one Jalali date a line, a lunar holiday's code after the date when it is one. */
class HolidayFilesTest {

    @Test
    void a_line_may_name_its_lunar_holiday_after_the_date() {
        assertThat(HolidayFiles.entry("1405/04/04 ASHURA عاشورای حسینی"))
                .isEqualTo(new HolidayEntry(JalaliDate.parse("1405/04/04"), "عاشورای حسینی", LunarHoliday.ASHURA));
        assertThat(HolidayFiles.entry("1405/01/01 Nowruz"))
                .isEqualTo(new HolidayEntry(JalaliDate.parse("1405/01/01"), "Nowruz", null));
        assertThat(HolidayFiles.entry("1405/03/14")).isEqualTo(new HolidayEntry(JalaliDate.parse("1405/03/14"), "", null));
    }

    @Test
    void the_shipped_files_hold_the_solar_holidays_only() throws Exception {
        List<HolidayEntry> y1405 = HolidayFiles.read(new ClassPathResource("holidays/official-holidays-1405.txt"));

        assertThat(y1405).hasSize(10).allMatch(e -> e.lunar() == null && e.date().year() == 1405);
    }

    @Test
    void a_bad_line_names_its_file_and_line() {
        ByteArrayResource file = new ByteArrayResource("# c\n1405/13/01 bad\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "x.txt";
            }
        };
        assertThatThrownBy(() -> HolidayFiles.read(file)).hasMessageContaining("x.txt line 2");
    }
}
