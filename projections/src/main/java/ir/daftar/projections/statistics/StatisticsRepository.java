package ir.daftar.projections.statistics;

import ir.daftar.projections.support.SqlTime;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the statistics' facts of a period as of an instant (ADR 1100): a filter on the facts' Tehran day and
 * recording time, with the dimensions joined. Never used by the event handlers (they only write).
 */
final class StatisticsRepository {

    /** Far in the future: "as of now" reads everything recorded. */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final JdbcTemplate jdbc;

    StatisticsRepository(JdbcTemplate jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    StatisticsFacts facts(FindStatistics query) {
        Instant asOf = query.asOf() == null ? END_OF_TIME : query.asOf();
        Map<String, StatisticsFacts.OfficeName> offices = new HashMap<>();
        List<StatisticsFacts.OfficeName> known = new ArrayList<>();
        jdbc.query("SELECT office_id, name, province, registered_at FROM stat_office ORDER BY office_id", rs -> {
            StatisticsFacts.OfficeName office = new StatisticsFacts.OfficeName(rs.getString("office_id"),
                    rs.getString("name"), rs.getString("province"));
            offices.put(office.officeId(), office);
            if (!SqlTime.instant(rs, "registered_at").isAfter(asOf)) {
                known.add(office);
            }
        });
        List<StatisticsFact> facts = new ArrayList<>();
        jdbc.query("""
                SELECT f.measure, f.recorded_at, f.tehran_day, f.subject_id, f.office_id, f.authority_id, f.clause,
                       fl.route, fl.kind, fl.authority_id AS filing_authority_id, fl.authority_name,
                       fl.office_id AS filing_office_id, fl.started_at, si.office_id AS inspected_office_id
                  FROM stat_fact f
                  LEFT JOIN stat_filing fl ON fl.filing_id = f.subject_id
                  LEFT JOIN stat_inspection si ON si.inspection_id = f.subject_id
                 WHERE f.tehran_day >= ? AND f.tehran_day <= ? AND f.recorded_at <= ?
                 ORDER BY f.recorded_at, f.event_id""", rs -> {
            Measure measure = Measure.valueOf(rs.getString("measure"));
            Instant at = SqlTime.instant(rs, "recorded_at");
            String office = rs.getString("office_id");
            if (office == null && measure.followsTheFilingsOffice()) {
                office = rs.getString("filing_office_id");
            }
            if (office == null && measure == Measure.FINDING_ACCEPTED) {
                office = rs.getString("inspected_office_id");
            }
            String filingAuthority = rs.getString("filing_authority_id");
            String authority = rs.getString("authority_id") != null ? rs.getString("authority_id") : filingAuthority;
            String authorityName = authority != null && authority.equals(filingAuthority) ? rs.getString("authority_name")
                    : authority;
            Instant started = SqlTime.instant(rs, "started_at");
            Duration sinceStart = started != null
                    && (measure == Measure.TRACKING_CODE_ISSUED || measure == Measure.SUBMITTED)
                    ? Duration.between(started, at) : null;
            StatisticsFacts.OfficeName named = office == null ? null : offices.get(office);
            facts.add(new StatisticsFact(measure, at, rs.getObject("tehran_day", LocalDate.class), rs.getString("subject_id"),
                    office, named == null ? null : named.name(), named == null ? null : named.province(),
                    rs.getString("route"), rs.getString("kind"), authority, authorityName, rs.getString("clause"),
                    sinceStart));
        }, Date.valueOf(query.from()), Date.valueOf(query.to()), SqlTime.column(asOf));
        return new StatisticsFacts(query.from(), query.to(), query.asOf(), facts, known);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM stat_fact");
        jdbc.update("DELETE FROM stat_filing");
        jdbc.update("DELETE FROM stat_office");
        jdbc.update("DELETE FROM stat_inspection");
    }
}
