package ir.daftar.core.report;

import static ir.daftar.core.testing.Cases.CODE;
import static ir.daftar.core.testing.Cases.DOCUMENT;
import static ir.daftar.core.testing.Cases.EXPERT;
import static ir.daftar.core.testing.Cases.FILING;
import static ir.daftar.core.testing.Cases.FORENSIC;
import static ir.daftar.core.testing.Cases.FORENSIC_DOCTOR;
import static ir.daftar.core.testing.Cases.NOW;
import static ir.daftar.core.testing.Cases.OFFICER;
import static ir.daftar.core.testing.Cases.OTHER_COURT_STAFF;
import static ir.daftar.core.testing.Cases.PROSECUTOR;
import static ir.daftar.core.testing.Cases.PROSECUTOR_STAFF;
import static ir.daftar.core.testing.Refusal.refusedBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.report.ExternalReportCommand.AcknowledgeReport;
import ir.daftar.core.report.ExternalReportCommand.SubmitReport;
import ir.daftar.core.report.ExternalReportEvent.ReportAcknowledged;
import ir.daftar.core.report.ExternalReportEvent.ReportSubmitted;
import ir.daftar.core.testing.Cases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A9: reports sent electronically by registered bodies, each with its tracking code, acknowledged by the authority. */
class ExternalReportTest {

    private static final String REPORT = "report-1";
    private static final Instant EXAMINED = NOW.minus(Duration.ofHours(20));
    private static final ReportSubmitted SUBMITTED = new ReportSubmitted(REPORT, FILING, FORENSIC.reportingBodyId(),
            ReportingBodyKind.FORENSIC_MEDICINE, ReportKind.FORENSIC_REPORT, "گزارش معاینه", List.of(DOCUMENT), CODE,
            PROSECUTOR.id(), FORENSIC_DOCTOR.id());

    private FixtureConfiguration<ExternalReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExternalReport.class);
        fixture.registerInjectableResource(Cases.bodies());
        fixture.registerInjectableResource(Cases.cases());
        fixture.registerInjectableResource(Cases.issuer());
    }

    private static SubmitReport forensicReport(String filingId, Instant occurredAt) {
        return new SubmitReport(REPORT, filingId, ReportKind.FORENSIC_REPORT, "گزارش معاینه", List.of(DOCUMENT), occurredAt);
    }

    @Nested
    class Submit {

        @Test
        void a9_a_registered_body_sends_a_report_on_a_case_and_obtains_its_tracking_code() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport(FILING, EXAMINED), FORENSIC_DOCTOR.asMetaData())
                    .expectResultMessagePayload(CODE)
                    .expectEventsMatching(exactSequenceOf(
                            predicate((EventMessage<?> m) -> m.getPayload().equals(SUBMITTED)
                                    && EXAMINED.toString().equals(m.getMetaData().get(MetaDataKeys.OCCURRED_AT))),
                            andNoMore()));
        }

        @Test
        void a9_a_report_without_an_earlier_action_carries_no_occurrence_time() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport(FILING, null), FORENSIC_DOCTOR.asMetaData())
                    .expectEventsMatching(exactSequenceOf(
                            predicate((EventMessage<?> m) -> m.getPayload().equals(SUBMITTED)
                                    && !m.getMetaData().containsKey(MetaDataKeys.OCCURRED_AT)),
                            andNoMore()));
        }

        @Test
        void a9_an_unregistered_body_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport(FILING, null), Actor.ofReportingBody("DR-9", "FORENSIC-NOWHERE").asMetaData())
                    .expectException(refusedBy(Rule.A9_BODY_NOT_REGISTERED))
                    .expectNoEvents();
        }

        @Test
        void a9_someone_who_is_not_a_user_of_the_body_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport(FILING, null), Actor.ofReportingBody("DR-9", FORENSIC.reportingBodyId()).asMetaData())
                    .expectException(refusedBy(Rule.A9_NOT_BODY_USER));
        }

        @Test
        void a9_a_body_not_registered_for_that_kind_of_report_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(new SubmitReport(REPORT, FILING, ReportKind.FORENSIC_REPORT, "نظر", List.of(DOCUMENT), null),
                            EXPERT.asMetaData())
                    .expectException(refusedBy(Rule.A9_REPORT_KIND_NOT_REGISTERED));
            fixture.givenCurrentTime(NOW)
                    .when(new SubmitReport(REPORT, FILING, ReportKind.EXPERT_OPINION, "نظر", List.of(DOCUMENT), null),
                            OFFICER.asMetaData())
                    .expectException(refusedBy(Rule.A9_REPORT_KIND_NOT_REGISTERED));
        }

        @Test
        void a9_a_report_on_a_draft_portal_filing_is_refused_as_unknown() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport(ir.daftar.core.testing.Cases.DRAFT_FILING, null), FORENSIC_DOCTOR.asMetaData())
                    .expectException(refusedBy(Rule.A9_CASE_UNKNOWN))
                    .expectNoEvents();
        }

        @Test
        void a9_a_report_on_an_unknown_case_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport("no-such-case", null), FORENSIC_DOCTOR.asMetaData())
                    .expectException(refusedBy(Rule.A9_CASE_UNKNOWN))
                    .expectNoEvents();
        }

        @Test
        void a9_a_report_is_sent_with_its_documents() {
            fixture.givenCurrentTime(NOW)
                    .when(new SubmitReport(REPORT, FILING, ReportKind.FORENSIC_REPORT, "گزارش", List.of(), null),
                            FORENSIC_DOCTOR.asMetaData())
                    .expectException(refusedBy(Rule.A9_NO_DOCUMENTS));
        }

        @Test
        void a9_a_reported_action_in_the_future_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(forensicReport(FILING, NOW.plusSeconds(3600)), FORENSIC_DOCTOR.asMetaData())
                    .expectException(refusedBy(Rule.A9_OCCURRED_IN_FUTURE));
        }
    }

    @Nested
    class Acknowledge {

        @Test
        void a9_the_competent_authority_acknowledges_the_report() {
            fixture.given(SUBMITTED)
                    .when(new AcknowledgeReport(REPORT), PROSECUTOR_STAFF.asMetaData())
                    .expectEvents(new ReportAcknowledged(REPORT, FILING, PROSECUTOR.id(), PROSECUTOR_STAFF.id()));
        }

        @Test
        void a9_staff_of_another_authority_cannot_acknowledge_it() {
            fixture.given(SUBMITTED)
                    .when(new AcknowledgeReport(REPORT), OTHER_COURT_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A9_OTHER_AUTHORITY));
        }

        @Test
        void a9_the_body_itself_cannot_acknowledge_it() {
            fixture.given(SUBMITTED)
                    .when(new AcknowledgeReport(REPORT), FORENSIC_DOCTOR.asMetaData())
                    .expectException(refusedBy(Rule.A9_OTHER_AUTHORITY));
        }

        @Test
        void a9_a_report_is_acknowledged_once() {
            fixture.given(SUBMITTED, new ReportAcknowledged(REPORT, FILING, PROSECUTOR.id(), PROSECUTOR_STAFF.id()))
                    .when(new AcknowledgeReport(REPORT), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A9_ALREADY_ACKNOWLEDGED));
        }
    }
}
