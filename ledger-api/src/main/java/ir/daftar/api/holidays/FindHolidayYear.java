package ir.daftar.api.holidays;

/** The holidays of a Jalali year: official, provisional, and how the two differ (ADR 0800). */
public record FindHolidayYear(int year) {
}
