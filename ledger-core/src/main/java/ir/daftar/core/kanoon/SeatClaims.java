package ir.daftar.core.kanoon;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Port, A23 note: a person may not hold a Council seat and a Kanoon board seat at the same time. Each appointment
 * claims its seat for its term, in the same transaction as the event that records it, and the claim is refused
 * while the person holds (or will hold) a seat of the other body in an overlapping term; claims of one person are
 * taken one at a time, so two appointments sent at the same moment cannot both pass (ADR 1300).
 */
public interface SeatClaims {

    /** The two bodies A23's note keeps apart. */
    enum Body {
        COUNCIL,
        KANOON_BOARD
    }

    /**
     * Claims a seat of {@code body} (in {@code scope}: the Council, or one Kanoon) for the days {@code [from, until)};
     * returns the conflicting seat of the other body (its scope), in which case nothing was claimed.
     */
    Optional<String> claim(String nationalCode, Body body, String scope, LocalDate from, LocalDate until);

    /** The person leaves the seat(s) of {@code body} in {@code scope} on {@code on}: claims end that day. */
    void release(String nationalCode, Body body, String scope, LocalDate on);

    /** Read only: the scope of a seat of {@code body}'s other body held at some day of {@code [from, until)}. */
    Optional<String> conflicting(String nationalCode, Body body, LocalDate from, LocalDate until);

    /** Whether the person sits on any Kanoon board on that day (A34: a Primary Board's Kanoon representative may not). */
    default boolean sitsOnAKanoonBoard(String nationalCode, LocalDate on) {
        return conflicting(nationalCode, Body.COUNCIL, on, on.plusDays(1)).isPresent();
    }
}
