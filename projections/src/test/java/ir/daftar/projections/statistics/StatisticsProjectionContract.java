package ir.daftar.projections.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.projections.statistics.PlantedLedger.Filing;
import ir.daftar.projections.testing.Axon;
import ir.daftar.projections.testing.ProjectionContract;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics projection fed a planted ledger ({@link PlantedLedger}): every figure is compared with one the test
 * computes from the plan itself (Tehran days by {@link ZoneId}, Jalali months by ICU's Persian calendar, percentiles
 * by counting), never with the code under test; an as-of query gives the figures of the events recorded up to the
 * instant, and a rebuild gives the same rows.
 */
abstract class StatisticsProjectionContract extends ProjectionContract {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 7, 31);
    private static final String NONE = Dimension.NO_VALUE;

    private final PlantedLedger ledger = new PlantedLedger(1404, 60);

    @Override
    protected Object projection(JdbcTemplate jdbc) {
        return new StatisticsProjection(jdbc);
    }

    @Override
    protected List<String> tables() {
        return List.of("stat_fact", "stat_filing", "stat_office", "stat_inspection");
    }

    // ---- the plan's figures, computed here --------------------------------------------------------------------

    /** The Jalali month of the instant, as ICU's Persian calendar gives it in Tehran: {@code 1404/03}. */
    private static String month(Instant at) {
        PersianCalendar icu = new PersianCalendar(TimeZone.getTimeZone("Asia/Tehran"), ULocale.ROOT);
        icu.setTimeInMillis(at.toEpochMilli());
        return String.format("%04d/%02d", icu.get(Calendar.EXTENDED_YEAR), icu.get(Calendar.MONTH) + 1);
    }

    /** Counts of the plan's instants by Jalali month and a key, leaving out those after {@code asOf}. */
    private SortedMap<String, Long> expected(Instant asOf, Function<Filing, List<Instant>> times, Function<Filing, String> key) {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (Filing f : ledger.filings) {
            for (Instant at : times.apply(f)) {
                if (at != null && !at.isAfter(asOf)) {
                    counts.merge(month(at) + " " + Objects.requireNonNullElse(key.apply(f), NONE), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static List<Instant> one(Instant at) {
        List<Instant> list = new ArrayList<>();
        list.add(at);
        return list;
    }

    /** The figures' counts of a measure by period and value, zeros left out. */
    private static SortedMap<String, Long> actual(SortedMap<Statistics.Cell, Figures> table, Measure measure) {
        SortedMap<String, Long> counts = new TreeMap<>();
        table.forEach((cell, figures) -> {
            if (figures.count(measure) > 0) {
                counts.put(cell.period() + " " + cell.value(), figures.count(measure));
            }
        });
        return counts;
    }

    /** The p-th percentile: the smallest value with at least p% of the values at or below it. */
    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        for (long candidate : sorted) {
            long atOrBelow = values.stream().filter(v -> v <= candidate).count();
            if (atOrBelow * 100 >= (long) p * values.size()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no values");
    }

    private void checkEveryCount(Instant asOf, SortedMap<Statistics.Cell, Figures> byOffice) {
        assertThat(actual(byOffice, Measure.FILING_STARTED)).as("started")
                .isEqualTo(expected(asOf, f -> one(f.started()), f -> f.route() == FilingRoute.OFFICE ? f.office() : null));
        assertThat(actual(byOffice, Measure.TRACKING_CODE_ISSUED)).as("tracking codes")
                .isEqualTo(expected(asOf, f -> one(f.trackingCode()), Filing::trackingOffice));
        assertThat(actual(byOffice, Measure.SUBMITTED)).as("submitted")
                .isEqualTo(expected(asOf, f -> one(f.submitted()), Filing::office));
        assertThat(actual(byOffice, Measure.RETURNED)).as("returned")
                .isEqualTo(expected(asOf, f -> one(f.returned()), Filing::office));
        assertThat(actual(byOffice, Measure.REGISTERED_AS_CASE)).as("cases")
                .isEqualTo(expected(asOf, f -> one(f.registered()), Filing::office));
        assertThat(actual(byOffice, Measure.CONFORMITY_REJECTED)).as("rejections")
                .isEqualTo(expected(asOf, Filing::rejections, Filing::office));
        assertThat(actual(byOffice, Measure.CONFORMITY_VERIFIED)).as("verifications")
                .isEqualTo(expected(asOf, f -> one(f.verified()), Filing::office));
        assertThat(actual(byOffice, Measure.NOTICE_ISSUED)).as("notices")
                .isEqualTo(expected(asOf, f -> one(f.noticeIssued()), Filing::office));
        assertThat(actual(byOffice, Measure.NOTICE_SERVED)).as("served")
                .isEqualTo(expected(asOf, f -> one(f.noticeServed()), Filing::office));
        assertThat(actual(byOffice, Measure.NOTICE_VIEWED)).as("viewed")
                .isEqualTo(expected(asOf, f -> one(f.noticeViewed()), Filing::office));
        assertThat(actual(byOffice, Measure.ALERT_FAILED)).as("alert failures")
                .isEqualTo(expected(asOf, f -> one(f.alertFailed()), Filing::office));
        SortedMap<String, Long> findings = new TreeMap<>();
        ledger.findings.stream().filter(at -> !at.isAfter(asOf))
                .forEach(at -> findings.merge(month(at) + " " + PlantedLedger.OFFICE_B, 1L, Long::sum));
        assertThat(actual(byOffice, Measure.FINDING_ACCEPTED)).as("findings").isEqualTo(findings);
    }

    private StatisticsFacts query(Instant asOf) {
        return axon.query(new FindStatistics(FROM, TO, asOf), StatisticsFacts.class);
    }

    private void feedInBatches(Axon to, List<? extends EventMessage<?>> events, int size) {
        for (int i = 0; i < events.size(); i += size) {
            to.feedAsOneBatch(events.subList(i, Math.min(events.size(), i + size)), database.transactions());
        }
    }

    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (String table : tables()) {
            jdbc.query("SELECT * FROM " + table, rs -> {
                StringBuilder row = new StringBuilder(table);
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.append('|').append(rs.getString(c));
                }
                rows.add(row.toString());
            });
        }
        rows.sort(null);
        return rows;
    }

    // ---- the tests ----------------------------------------------------------------------------------------------

    @Test
    void the_planted_ledger_spans_a_jalali_months_end_and_every_route() {
        assertThat(ledger.filings.stream().map(f -> month(f.started())).distinct()).containsExactly("1404/03", "1404/04");
        assertThat(ledger.filings).extracting(Filing::route).contains(FilingRoute.values());
        assertThat(ledger.filings).anyMatch(f -> f.returned() != null).anyMatch(f -> f.alertFailed() != null)
                .anyMatch(f -> f.rejections().size() > 1).anyMatch(f -> f.submitted() == null);
    }

    @Test
    void every_count_by_office_and_jalali_month_is_the_plans() {
        feedInBatches(axon, ledger.events, 100);
        checkEveryCount(Instant.MAX, Statistics.tabulate(query(null).facts(), Period.MONTH, Dimension.OFFICE));
    }

    @Test
    void counts_by_province_route_kind_and_authority_are_the_plans() {
        feedInBatches(axon, ledger.events, 100);
        List<StatisticsFact> facts = query(null).facts();
        Map<Dimension, Function<Filing, String>> keys = Map.of(
                Dimension.ROUTE, f -> f.route().name(),
                Dimension.KIND, f -> f.kind().name(),
                Dimension.AUTHORITY, f -> f.authority().id(),
                Dimension.PROVINCE, f -> f.route() == FilingRoute.OFFICE ? PlantedLedger.PROVINCE.get(f.office()) : null);
        keys.forEach((dimension, key) -> {
            SortedMap<Statistics.Cell, Figures> table = Statistics.tabulate(facts, Period.MONTH, dimension);
            assertThat(actual(table, Measure.FILING_STARTED)).as("started by %s", dimension)
                    .isEqualTo(expected(Instant.MAX, f -> one(f.started()), key));
        });
        SortedMap<Statistics.Cell, Figures> byAuthority = Statistics.tabulate(facts, Period.MONTH, Dimension.AUTHORITY);
        assertThat(actual(byAuthority, Measure.RETURNED))
                .isEqualTo(expected(Instant.MAX, f -> one(f.returned()), f -> f.authority().id()));
        assertThat(actual(byAuthority, Measure.NOTICE_ISSUED))
                .isEqualTo(expected(Instant.MAX, f -> one(f.noticeIssued()), f -> f.authority().id()));
    }

    @Test
    void the_times_to_tracking_code_and_to_submission_are_the_plans_percentiles() {
        feedInBatches(axon, ledger.events, 100);
        SortedMap<Statistics.Cell, Figures> byOffice = Statistics.tabulate(query(null).facts(), Period.ALL, Dimension.OFFICE);
        for (String office : List.of(PlantedLedger.OFFICE_A, PlantedLedger.OFFICE_B, PlantedLedger.OFFICE_C)) {
            List<Long> toSubmission = ledger.filings.stream().filter(f -> office.equals(f.office()) && f.submitted() != null)
                    .map(f -> Duration.between(f.started(), f.submitted()).getSeconds()).toList();
            List<Long> toCode = ledger.filings.stream().filter(f -> office.equals(f.trackingOffice()))
                    .map(f -> Duration.between(f.started(), f.trackingCode()).getSeconds()).toList();
            Figures figures = byOffice.get(new Statistics.Cell("all", office));
            assertThat(figures.toSubmission()).as(office).isEqualTo(new Durations(toSubmission.size(),
                    percentile(toSubmission, 50), percentile(toSubmission, 90)));
            assertThat(figures.toTrackingCode()).as(office).isEqualTo(new Durations(toCode.size(), percentile(toCode, 50),
                    percentile(toCode, 90)));
            long rejected = ledger.filings.stream().filter(f -> office.equals(f.office()))
                    .mapToLong(f -> f.rejections().size()).sum();
            long verified = ledger.filings.stream().filter(f -> office.equals(f.office())).count();
            assertThat(figures.conformityRejectionShare()).as(office).isEqualTo((double) rejected / (rejected + verified));
        }
        // the plan made office C slow: its median is above the others'
        long slow = byOffice.get(new Statistics.Cell("all", PlantedLedger.OFFICE_C)).toSubmission().p50Seconds();
        assertThat(slow).isGreaterThan(byOffice.get(new Statistics.Cell("all", PlantedLedger.OFFICE_A)).toSubmission().p50Seconds());
        assertThat(byOffice.get(new Statistics.Cell("all", PlantedLedger.OFFICE_B)).findingsByClause()).containsExactly(
                Map.entry("A37_4_DELAY_FEE_PAID_TO_SUBMITTED", 2L), Map.entry("A37_6_RECEIPT_REQUIRED", 1L));
    }

    @Test
    void an_as_of_query_gives_the_figures_of_the_events_recorded_up_to_that_instant() {
        feedInBatches(axon, ledger.events, 100);
        Instant first = ledger.events.get(0).getTimestamp();
        Instant last = ledger.events.get(ledger.events.size() - 1).getTimestamp();
        for (Instant asOf : List.of(first.plus(Duration.between(first, last).dividedBy(3)),
                first.plus(Duration.between(first, last).dividedBy(2)), ledger.filings.get(20).submitted())) {
            List<StatisticsFact> then = query(asOf).facts();
            assertThat(then).allSatisfy(f -> assertThat(f.at()).isBeforeOrEqualTo(asOf));
            checkEveryCount(asOf, Statistics.tabulate(then, Period.MONTH, Dimension.OFFICE));

            // the same figures as a projection that had seen only those events
            List<String> now = rows();
            emptyTables();
            feedInBatches(axon, ledger.upTo(asOf), 37);
            assertThat(query(null).facts()).as("as of %s", asOf).isEqualTo(then);
            emptyTables();
            feedInBatches(axon, ledger.events, 100);
            assertThat(rows()).isEqualTo(now);
        }
    }

    @Test
    void a_rebuild_gives_the_same_rows_and_a_redelivered_event_changes_nothing() {
        feedInBatches(axon, ledger.events, 100);
        List<String> before = rows();
        assertThat(before).hasSizeGreaterThan(ledger.filings.size() * 4);

        axon.reset();
        assertThat(rows()).isEmpty();
        axon.feedOneByOne(ledger.events, database.transactions());
        assertThat(rows()).isEqualTo(before);

        feedInBatches(axon, ledger.events, 250); // redelivered
        axon.feed(ledger.events.subList(0, 50)); // and outside a unit of work
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void only_the_days_asked_for_are_counted() {
        feedInBatches(axon, ledger.events, 100);
        LocalDate day = LocalDate.of(2025, 6, 22); // 1404/04/01
        List<StatisticsFact> facts = axon.query(new FindStatistics(day, day, null), StatisticsFacts.class).facts();
        long started = ledger.filings.stream().filter(f -> f.started().atZone(TEHRAN).toLocalDate().equals(day)).count();
        assertThat(started).isPositive();
        assertThat(facts).allSatisfy(f -> assertThat(f.day()).isEqualTo(day));
        assertThat(Statistics.total(facts).count(Measure.FILING_STARTED)).isEqualTo(started);
        assertThat(Statistics.tabulate(facts, Period.DAY, Dimension.NONE).keySet())
                .containsExactly(new Statistics.Cell("1404/04/01", "all"));
    }
}
