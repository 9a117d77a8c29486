package ir.daftar.core.kanoon;

import java.time.LocalDate;

/** Port, A28: whether a person sits on a Kanoon's board on a day, as the Kanoon's own stream records the seats. */
public interface KanoonBoardSeats {

    boolean sitsOn(String kanoonId, String nationalCode, LocalDate day);

    /** A25: the Kanoon covering an office now (its province's own, else the nearest formed), empty when none does. */
    static java.util.Optional<String> coveringNow(String officeId, OfficeLocator locator, KanoonRegistry registry) {
        if (officeId == null) {
            return java.util.Optional.empty();
        }
        KanoonCoverage coverage = new KanoonCoverage(registry.formed());
        return locator.provinceOf(officeId).flatMap(coverage::kanoonFor);
    }
}
