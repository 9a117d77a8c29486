package ir.daftar.api.statistics;

import ir.daftar.core.calendar.TehranTime;
import ir.daftar.projections.statistics.Dimension;
import ir.daftar.projections.statistics.Durations;
import ir.daftar.projections.statistics.Figures;
import ir.daftar.projections.statistics.FindStatistics;
import ir.daftar.projections.statistics.Measure;
import ir.daftar.projections.statistics.Period;
import ir.daftar.projections.statistics.Statistics;
import ir.daftar.projections.statistics.StatisticsFact;
import ir.daftar.projections.statistics.StatisticsFacts;
import ir.daftar.projections.support.SqlTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports built on the statistics (ADR 1100): the Judiciary's progress report (A12), the GD's evaluation of the
 * offices (A22(d)), the Kanoon's report of each office's performance (A28(c)) and the public scorecard, with its
 * small-count suppression. The figures come from the {@code statistics} projection; the status lookups from their
 * log ({@code status_lookup_log}, not an event).
 */
@Component
class StatisticsReports {

    /** Public outputs show a figure only when it rests on at least this many filings or checks (ADR 1100). */
    static final int MIN_PUBLIC_COUNT = 5;
    /** The GD's evaluation ranks and flags only offices with at least this many submissions. */
    static final int MIN_RANKED = 5;
    static final String OUTLIER_RULE = "Tukey's fences: an office is flagged when, among the offices with at least "
            + MIN_RANKED + " submissions in the period (and at least 4 such offices), its median time to submission, its "
            + "share of rejected conformity checks or its share of returned filings is above Q3 + 1.5 x IQR (flag HIGH) "
            + "or its median time to submission below Q1 - 1.5 x IQR (flag LOW); quartiles by nearest rank.";
    static final String SUPPRESSION_RULE = "An office's median time to submission is shown only when it rests on at "
            + "least " + MIN_PUBLIC_COUNT + " submissions, its share of rejected conformity checks only when it rests on "
            + "at least " + MIN_PUBLIC_COUNT + " checks; a count below " + MIN_PUBLIC_COUNT + " is shown as \"<"
            + MIN_PUBLIC_COUNT + "\".";

    private final QueryGateway queries;
    private final JdbcTemplate jdbc;

    StatisticsReports(QueryGateway queries, JdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    StatisticsFacts facts(StatisticsRequest request) {
        return queries.query(new FindStatistics(request.from(), request.to(), request.asOf()), StatisticsFacts.class).join();
    }

    // ---- A12: the progress report --------------------------------------------------------------------------

    /** One cell of a report: a period, a value of the dimension and its figures. */
    record Row(String period, String value, Map<String, Long> counts, Durations toTrackingCode, Durations toSubmission,
               Double conformityRejectionShare, Double returnShare, Map<String, Long> findingsByRule) {

        static Row of(Statistics.Cell cell, Figures f) {
            Map<String, Long> counts = new LinkedHashMap<>();
            f.counts().forEach((m, n) -> counts.put(m.name(), n));
            return new Row(cell.period(), cell.value(), counts, f.toTrackingCode(), f.toSubmission(),
                    f.conformityRejectionShare(), f.returnShare(), f.findingsByClause());
        }
    }

    /** Status lookups of a period, by outcome. */
    record Lookups(String period, String outcome, long count) {
    }

    record ProgressReport(LocalDate from, LocalDate to, Instant asOf, Period period, Dimension by, List<Row> rows,
                          Row total, List<Lookups> lookups) {
    }

    ProgressReport progress(StatisticsRequest request) {
        StatisticsFacts facts = facts(request);
        List<Row> rows = Statistics.tabulate(facts.facts(), request.period(), request.by()).entrySet().stream()
                .map(e -> Row.of(e.getKey(), e.getValue())).toList();
        Row total = Row.of(new Statistics.Cell("all", "all"), Statistics.total(facts.facts()));
        return new ProgressReport(request.from(), request.to(), request.asOf(), request.period(), request.by(), rows, total,
                lookups(request));
    }

    /** The public status lookups of the period as of the instant, by period and outcome (A4, A12). */
    List<Lookups> lookups(StatisticsRequest request) {
        SortedMap<String, Long> counts = new TreeMap<>();
        Instant from = request.from().atStartOfDay(TehranTime.ZONE).toInstant();
        Instant to = request.to().plusDays(1).atStartOfDay(TehranTime.ZONE).toInstant();
        if (request.asOf() != null && request.asOf().isBefore(to)) {
            to = request.asOf().plusNanos(1000);
        }
        jdbc.query("SELECT looked_up_at, outcome FROM status_lookup_log WHERE looked_up_at >= ? AND looked_up_at < ?",
                rs -> {
                    LocalDate day = TehranTime.dayOf(SqlTime.instant(rs, "looked_up_at"));
                    counts.merge(request.period().label(day) + "\t" + rs.getString("outcome"), 1L, Long::sum);
                }, SqlTime.column(from), SqlTime.column(to));
        List<Lookups> lookups = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\t", 2);
            lookups.add(new Lookups(parts[0], parts[1], n));
        });
        return lookups;
    }

    // ---- A22(d): the GD's evaluation ---------------------------------------------------------------------------

    record OfficeScore(Integer rank, String officeId, String name, String province, long started, long submitted,
                       long returned, Double returnShare, long conformityChecks, Double conformityRejectionShare,
                       Durations toTrackingCode, Durations toSubmission, long findings, Map<String, Long> findingsByRule,
                       List<String> outliers) {
    }

    record OfficeEvaluation(LocalDate from, LocalDate to, Instant asOf, String rankedBy, String outlierRule,
                            List<OfficeScore> offices) {
    }

    OfficeEvaluation evaluation(StatisticsRequest request) {
        StatisticsFacts facts = facts(request);
        Map<String, Figures> byOffice = byOffice(facts);
        List<OfficeScore> scores = new ArrayList<>();
        for (StatisticsFacts.OfficeName office : facts.offices()) {
            Figures f = byOffice.getOrDefault(office.officeId(), Statistics.total(List.of()));
            scores.add(new OfficeScore(null, office.officeId(), office.name(), office.province(),
                    f.count(Measure.FILING_STARTED), f.count(Measure.SUBMITTED), f.count(Measure.RETURNED), f.returnShare(),
                    f.conformityChecks(), f.conformityRejectionShare(), f.toTrackingCode(), f.toSubmission(),
                    f.count(Measure.FINDING_ACCEPTED), f.findingsByClause(), List.of()));
        }
        List<OfficeScore> ranked = scores.stream().filter(s -> s.submitted() >= MIN_RANKED)
                .sorted(Comparator.comparing((OfficeScore s) -> s.toSubmission().p50Seconds(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(s -> s.conformityRejectionShare() == null ? 0 : s.conformityRejectionShare())
                        .thenComparing(OfficeScore::officeId))
                .toList();
        Map<String, List<String>> flags = Outliers.flag(ranked);
        List<OfficeScore> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            OfficeScore s = ranked.get(i);
            result.add(new OfficeScore(i + 1, s.officeId(), s.name(), s.province(), s.started(), s.submitted(),
                    s.returned(), s.returnShare(), s.conformityChecks(), s.conformityRejectionShare(), s.toTrackingCode(),
                    s.toSubmission(), s.findings(), s.findingsByRule(), flags.getOrDefault(s.officeId(), List.of())));
        }
        scores.stream().filter(s -> s.submitted() < MIN_RANKED).sorted(Comparator.comparing(OfficeScore::officeId))
                .forEach(result::add);
        return new OfficeEvaluation(request.from(), request.to(), request.asOf(),
                "median time from start to submission, then share of rejected conformity checks (offices with at least "
                        + MIN_RANKED + " submissions)", OUTLIER_RULE, result);
    }

    private static Map<String, Figures> byOffice(StatisticsFacts facts) {
        Map<String, Figures> byOffice = new LinkedHashMap<>();
        Statistics.tabulate(facts.facts(), Period.ALL, Dimension.OFFICE).forEach((cell, f) -> byOffice.put(cell.value(), f));
        return byOffice;
    }

    // ---- A28(c): the Kanoon's report of each office's performance ------------------------------------------------

    record OfficePerformance(LocalDate from, LocalDate to, Instant asOf, Period period, List<Row> rows) {
    }

    /** Each office's figures by period; {@code officeId} or {@code province} narrow it (null: every office). */
    OfficePerformance performance(StatisticsRequest request, String officeId, String province) {
        List<StatisticsFact> facts = facts(request).facts().stream()
                .filter(f -> f.officeId() != null)
                .filter(f -> officeId == null || officeId.equals(f.officeId()))
                .filter(f -> province == null || province.equals(f.province()))
                .toList();
        List<Row> rows = Statistics.tabulate(facts, request.period(), Dimension.OFFICE).entrySet().stream()
                .map(e -> Row.of(e.getKey(), e.getValue())).toList();
        return new OfficePerformance(request.from(), request.to(), request.asOf(), request.period(), rows);
    }

    // ---- the public scorecard ----------------------------------------------------------------------------------

    /**
     * An office on the public scorecard: no personal data, and each figure null (suppressed) when it rests on fewer
     * than {@link #MIN_PUBLIC_COUNT} filings or checks; {@code submissions} is then "<5".
     */
    record ScorecardOffice(String officeId, String name, String province, String submissions,
                           Long medianSecondsToSubmission, Double conformityRejectionShare) {
    }

    record Scorecard(LocalDate from, LocalDate to, String suppressionRule, List<ScorecardOffice> offices) {
    }

    Scorecard scorecard(StatisticsRequest request) {
        StatisticsFacts facts = facts(request);
        Map<String, Figures> byOffice = byOffice(facts);
        List<ScorecardOffice> offices = new ArrayList<>();
        for (StatisticsFacts.OfficeName office : facts.offices()) {
            Figures f = byOffice.getOrDefault(office.officeId(), Statistics.total(List.of()));
            long submitted = f.toSubmission().count();
            offices.add(new ScorecardOffice(office.officeId(), office.name(), office.province(), publicCount(submitted),
                    submitted >= MIN_PUBLIC_COUNT ? f.toSubmission().p50Seconds() : null,
                    f.conformityChecks() >= MIN_PUBLIC_COUNT ? f.conformityRejectionShare() : null));
        }
        offices.sort(Comparator.comparing(ScorecardOffice::province, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ScorecardOffice::name));
        return new Scorecard(request.from(), request.to(), SUPPRESSION_RULE, offices);
    }

    /** A count as published: "<5" below the threshold (but not zero). */
    static String publicCount(long n) {
        return n > 0 && n < MIN_PUBLIC_COUNT ? "<" + MIN_PUBLIC_COUNT : Long.toString(n);
    }
}
