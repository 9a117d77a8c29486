package ir.daftar.core.kanoon;

import ir.daftar.core.calendar.JalaliDate;

/**
 * A26: the evidence a board proposal carries: for an office manager, the office he manages; for a judge, the Jalali
 * date his judicial service began (at least ten years before the appointment).
 */
public record BoardQualification(String officeId, JalaliDate judicialServiceSince) {

    public static BoardQualification officeManagerOf(String officeId) {
        return new BoardQualification(officeId, null);
    }

    public static BoardQualification judgeSince(JalaliDate since) {
        return new BoardQualification(null, since);
    }
}
