package ir.daftar.projections.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer to {@link FindStatistics}: its facts in recording order, and the offices known as of the instant. */
public record StatisticsFacts(LocalDate from, LocalDate to, Instant asOf, List<StatisticsFact> facts,
                              List<OfficeName> offices) {

    public StatisticsFacts {
        facts = List.copyOf(facts);
        offices = List.copyOf(offices);
    }

    /** An office, its name and province. */
    public record OfficeName(String officeId, String name, String province) {
    }
}
