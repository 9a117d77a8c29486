package ir.daftar.projections.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One counted event with its dimensions resolved: the office it is counted under (the one the event names, else
 * for the measures that follow a filing's submission the filing's office, for a finding the inspected office; null
 * when none, e.g. a portal filing before an office received its originals), the office's province, the filing's
 * route, kind and competent authority, a finding's article or a licence decision's kind ({@code clause}), and for
 * a tracking code or a submission the time since the filing started ({@code sinceStart}, else null).
 */
public record StatisticsFact(Measure measure, Instant at, LocalDate day, String subjectId, String officeId,
                             String officeName, String province, String route, String kind, String authorityId,
                             String authorityName, String clause, Duration sinceStart) {
}
