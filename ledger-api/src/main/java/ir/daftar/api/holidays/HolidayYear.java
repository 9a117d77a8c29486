package ir.daftar.api.holidays;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The holidays of a Jalali year as deadlines use them now, and the provisional lunar dates beside the official ones. */
@Schema(description = "The holidays of a Jalali year: the official list in force, the provisional lunar holidays and "
        + "their difference (ADR 0800)")
public record HolidayYear(
        @Schema(example = "1405") int year,
        @Schema(description = "The version of the whole holiday list deadlines are computed with now",
                example = "hl-3f9a0c1d2e4b5a6c") String holidayListVersion,
        @Schema(description = "ICU's Islamic calendar variant the provisional dates come from",
                example = "ISLAMIC_CIVIL") String provisionalCalculation,
        @Schema(description = "Where the official list of the year comes from") Source source,
        @Schema(description = "Every holiday of the year but Fridays, in date order") List<Day> holidays,
        @Schema(description = "Each lunar holiday: its provisional date and, once the official list gives it, the "
                + "official date and the difference in days") List<Lunar> lunar) {

    /**
     * {@code LOADED}: loaded by an administrator (revision, document, who and when); {@code FILE}: only the
     * shipped file (solar holidays unless it marks lunar ones).
     */
    public record Source(@Schema(example = "LOADED") String kind, Integer revision,
                         @Schema(example = "تقویم رسمی ۱۴۰۵، مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران") String sourceDocument,
                         String loadedBy, Instant loadedAt) {
    }

    /** A holiday: {@code OFFICIAL} or {@code PROVISIONAL} (a computed lunar date no official list confirms yet). */
    public record Day(LocalDate date, @Schema(example = "1405/04/05") String dateJalali, String name,
                      @Schema(example = "ASHURA") String lunar, @Schema(example = "OFFICIAL") String status) {
    }

    /**
     * {@code CONFIRMED}: the official list gives the provisional date; {@code MOVED}: it gives another
     * ({@code differenceDays} = official minus provisional); {@code PROVISIONAL}: no official list gives it yet;
     * {@code NOT_IN_OFFICIAL_LIST}: the year's loaded list does not mark it (the provisional date is not used).
     */
    public record Lunar(@Schema(example = "ASHURA") String holiday, String nameFa, String nameEn,
                        LocalDate provisionalDate, @Schema(example = "1405/04/04") String provisionalDateJalali,
                        LocalDate officialDate, @Schema(example = "1405/04/05") String officialDateJalali,
                        @Schema(example = "1") Integer differenceDays, @Schema(example = "MOVED") String status) {
    }
}
