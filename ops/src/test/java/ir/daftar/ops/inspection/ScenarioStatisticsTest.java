package ir.daftar.ops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.ops.inspection.ScenarioGenerator.Scenario;
import ir.daftar.projections.statistics.Dimension;
import ir.daftar.projections.statistics.Figures;
import ir.daftar.projections.statistics.FindStatistics;
import ir.daftar.projections.statistics.Measure;
import ir.daftar.projections.statistics.Period;
import ir.daftar.projections.statistics.Statistics;
import ir.daftar.projections.statistics.StatisticsFacts;
import ir.daftar.projections.statistics.StatisticsProjection;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The seeded scenario of the ops generator (three offices, both routes, planted delays and rogue events written
 * straight to the store) read from its event store into the statistics projection (issue 20): the figures are the
 * ones this test counts from the same events by itself (Jalali months by ICU, medians by counting).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioStatisticsTest {

    Ledger ledger;
    Scenario scenario;
    final List<LedgerEntry> events = new ArrayList<>();
    StatisticsProjection projection;

    @BeforeAll
    void generateAndProject() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:stats_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Ledger.migrate(h2, PlantedFindingsTest.ROOT);
        ledger = new Ledger(h2, Ledger.tariffs(PlantedFindingsTest.ROOT));
        scenario = new ScenarioGenerator(ledger, 2025L).generate(3, 5);
        ledger.cursor().streamAll(Long.MAX_VALUE, events::add);
        projection = new StatisticsProjection(new JdbcTemplate(h2));
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (LedgerEntry e : events) {
            handlers.handle(new GenericEventMessage<>(e.eventId(), e.payload(), MetaData.from(e.metaData()), e.recordedAt()));
        }
    }

    @AfterAll
    void close() {
        ledger.close();
    }

    private static String month(Instant at) {
        PersianCalendar icu = new PersianCalendar(TimeZone.getTimeZone("Asia/Tehran"), ULocale.ROOT);
        icu.setTimeInMillis(at.toEpochMilli());
        return String.format("%04d/%02d", icu.get(Calendar.EXTENDED_YEAR), icu.get(Calendar.MONTH) + 1);
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().filter(c -> values.stream().filter(v -> v <= c).count() * 2 >= values.size())
                .findFirst().orElseThrow();
    }

    @Test
    void the_counts_and_median_times_of_each_office_are_those_of_the_events() {
        SortedMap<String, Long> started = new TreeMap<>();
        SortedMap<String, Long> submitted = new TreeMap<>();
        SortedMap<String, Long> codes = new TreeMap<>();
        SortedMap<String, Long> verified = new TreeMap<>();
        Map<String, Instant> startOf = new HashMap<>();
        Map<String, List<Long>> toSubmission = new TreeMap<>();
        for (LedgerEntry e : events) {
            String month = month(e.recordedAt());
            if (e.payload() instanceof FilingStarted s) {
                started.merge(month + " " + (s.officeId() == null ? "-" : s.officeId()), 1L, Long::sum);
                startOf.put(s.filingId(), e.recordedAt());
            } else if (e.payload() instanceof SubmittedToCompetentAuthority s) {
                submitted.merge(month + " " + s.officeId(), 1L, Long::sum);
                toSubmission.computeIfAbsent(s.officeId(), o -> new ArrayList<>())
                        .add(Duration.between(startOf.get(s.filingId()), e.recordedAt()).getSeconds());
            } else if (e.payload() instanceof TrackingCodeIssued t) {
                codes.merge(month + " " + (t.confirmingOfficeId() == null ? "-" : t.confirmingOfficeId()), 1L, Long::sum);
            } else if (e.payload() instanceof DocumentConformityVerified v) {
                verified.merge(month + " " + v.officeId(), 1L, Long::sum);
            }
        }
        StatisticsFacts facts = projection.handle(new FindStatistics(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), null));
        SortedMap<Statistics.Cell, Figures> byMonth = Statistics.tabulate(facts.facts(), Period.MONTH, Dimension.OFFICE);
        assertThat(counts(byMonth, Measure.FILING_STARTED)).isEqualTo(started);
        assertThat(counts(byMonth, Measure.SUBMITTED)).isEqualTo(submitted);
        assertThat(counts(byMonth, Measure.TRACKING_CODE_ISSUED)).isEqualTo(codes);
        assertThat(counts(byMonth, Measure.CONFORMITY_VERIFIED)).isEqualTo(verified);
        assertThat(started.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(scenario.filings());

        SortedMap<Statistics.Cell, Figures> all = Statistics.tabulate(facts.facts(), Period.ALL, Dimension.OFFICE);
        for (String office : scenario.offices()) {
            Figures f = all.get(new Statistics.Cell("all", office));
            assertThat(f.toSubmission().count()).as(office).isEqualTo(toSubmission.get(office).size());
            assertThat(f.toSubmission().p50Seconds()).as(office).isEqualTo(median(toSubmission.get(office)));
        }
        assertThat(facts.offices()).extracting(StatisticsFacts.OfficeName::officeId)
                .containsExactlyInAnyOrderElementsOf(scenario.offices());
    }

    private static SortedMap<String, Long> counts(SortedMap<Statistics.Cell, Figures> table, Measure measure) {
        SortedMap<String, Long> counts = new TreeMap<>();
        table.forEach((cell, f) -> {
            if (f.count(measure) > 0) {
                counts.put(cell.period() + " " + cell.value(), f.count(measure));
            }
        });
        return counts;
    }
}
