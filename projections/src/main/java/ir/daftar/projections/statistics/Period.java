package ir.daftar.projections.statistics;

import ir.daftar.core.calendar.JalaliDate;
import java.time.LocalDate;

/** The periods the statistics are given by, in the Jalali calendar, derived from a fact's Tehran day. */
public enum Period {
    /** {@code 1404/03/11}. */
    DAY,
    /** {@code 1404/03}. */
    MONTH,
    /** {@code 1404}. */
    YEAR,
    /** The whole requested range, labelled {@code all}. */
    ALL;

    /** The label of the period the Tehran day falls in; labels sort in time order. */
    public String label(LocalDate day) {
        JalaliDate j = JalaliDate.of(day);
        return switch (this) {
            case DAY -> j.toString();
            case MONTH -> String.format("%04d/%02d", j.year(), j.month());
            case YEAR -> String.format("%04d", j.year());
            case ALL -> "all";
        };
    }
}
