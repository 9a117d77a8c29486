package ir.daftar.ops.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.inspection.ActivityEntry;
import ir.daftar.core.inspection.AuditLimits;
import ir.daftar.core.inspection.Finding;
import ir.daftar.ops.inspection.ScenarioGenerator.Planted;
import ir.daftar.ops.inspection.ScenarioGenerator.Scenario;
import ir.daftar.projections.replay.OfficeReplay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seeded scenario, replayed office by office from the event store: the findings are exactly
 * the planted violations (same rule, office and subject; the rogue events among the evidence),
 * with no misses and no false alarms, and the clean office has none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantedFindingsTest {

    static final Path ROOT = Path.of("..");

    Ledger ledger;
    Scenario scenario;
    JdbcDataSource h2;

    @BeforeAll
    void generate() {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:scenario_" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Ledger.migrate(h2, ROOT);
        ledger = new Ledger(h2, Ledger.tariffs(ROOT));
        scenario = new ScenarioGenerator(ledger, 1404L).generate(3, 5);
    }

    @AfterAll
    void close() {
        ledger.close();
    }

    List<Finding> replay(String office, List<ActivityEntry> activity) {
        OfficeReplay replay = new OfficeReplay(ledger.cursor(), ledger.tariffs, AuditLimits.DEFAULTS);
        return replay.replay(office, scenario.from(), scenario.to(), activity::add, p -> { }).findings();
    }

    static String key(String rule, String office, String subject) {
        return rule + "@" + office + "/" + subject;
    }

    @Test
    void every_kind_of_violation_is_planted() {
        assertThat(scenario.planted()).extracting(Planted::rule).map(Enum::name).containsExactlyInAnyOrder(
                "A37_4_DELAY_FEE_PAID_TO_SUBMITTED", "A37_4_DELAY_RECEIVED_TO_DIGITIZED", "A37_4_DELAY_VERIFIED_TO_SUBMITTED",
                "A37_12_FEE_ABOVE_SCHEDULE", "A37_6_RECEIPT_REQUIRED", "A37_13_READ_WITHOUT_LINK",
                "A5_CONFORMITY_NOT_VERIFIED", "A6_NOT_OFFICE_STAFF", "A37_9_REQUEST_UNANSWERED", "A37_9_REQUEST_UNANSWERED");
        assertThat(scenario.filings()).isGreaterThan(40);
    }

    @Test
    void the_findings_of_each_office_are_exactly_the_planted_violations() {
        for (String office : scenario.offices()) {
            List<ActivityEntry> activity = new ArrayList<>();
            List<Finding> findings = replay(office, activity);
            List<String> found = findings.stream().map(f -> key(f.rule().name(), f.officeId(), f.subjectId())).toList();
            List<String> planted = scenario.planted().stream().filter(p -> p.officeId().equals(office))
                    .map(p -> key(p.rule().name(), p.officeId(), p.subjectId())).toList();
            assertThat(found).as("findings of %s", office).containsExactlyInAnyOrderElementsOf(planted);
            assertThat(activity).as("activity of %s", office).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.recordedAt()).isBetween(scenario.from(), scenario.to()));
        }
    }

    @Test
    void each_finding_names_its_article_and_carries_the_rogue_events_as_evidence() {
        for (String office : scenario.offices()) {
            List<Finding> findings = replay(office, new ArrayList<>());
            for (Planted p : scenario.planted().stream().filter(p -> p.officeId().equals(office)).toList()) {
                Finding f = findings.stream().filter(x -> x.rule() == p.rule() && x.subjectId().equals(p.subjectId()))
                        .findFirst().orElseThrow();
                assertThat(f.article()).isEqualTo(p.rule().article());
                assertThat(f.evidenceEventIds()).isNotEmpty().containsAll(p.evidenceEventIds());
            }
        }
    }

    @Test
    void the_clean_office_has_activity_and_no_findings() {
        assertThat(scenario.planted()).noneMatch(p -> p.officeId().equals(ScenarioGenerator.OFFICE_C));
        List<ActivityEntry> activity = new ArrayList<>();
        assertThat(replay(ScenarioGenerator.OFFICE_C, activity)).isEmpty();
        assertThat(activity).extracting(ActivityEntry::eventType).contains("FilingStarted", "OriginalsReceived",
                "SubmittedToCompetentAuthority", "CaseDataRead");
    }
}
