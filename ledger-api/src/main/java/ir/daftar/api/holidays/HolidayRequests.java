package ir.daftar.api.holidays;

import ir.daftar.core.calendar.LunarHoliday;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The JSON body of the official holiday list of a year (ADR 0800). */
final class HolidayRequests {

    private HolidayRequests() {
    }

    /** One holiday: its Jalali date, its name, and for a lunar holiday which one (it replaces the provisional date). */
    record HolidayInput(@NotNull @Size(max = 20) String date, @Size(max = 200) String name, LunarHoliday lunar) {
    }

    /** The year's complete official list and the published document it comes from. */
    record HolidayListRequest(@NotNull @Size(max = 500) String sourceDocument,
                              @NotNull @Size(max = 60) List<@NotNull @Valid HolidayInput> holidays) {
    }
}
