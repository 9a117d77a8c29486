package ir.daftar.core.inspection;

import static ir.daftar.core.testing.RuleMatchers.violates;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.inspection.InspectionCommand.AcceptFinding;
import ir.daftar.core.inspection.InspectionCommand.AnswerRequest;
import ir.daftar.core.inspection.InspectionCommand.CorrectReport;
import ir.daftar.core.inspection.InspectionCommand.DismissFinding;
import ir.daftar.core.inspection.InspectionCommand.FinalizeReport;
import ir.daftar.core.inspection.InspectionCommand.OpenInspection;
import ir.daftar.core.inspection.InspectionCommand.SendReportToGd;
import ir.daftar.core.inspection.InspectionCommand.SendRequest;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.InspectionEvent.FindingDismissed;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.ReportCorrected;
import ir.daftar.core.inspection.InspectionEvent.ReportFinalized;
import ir.daftar.core.inspection.InspectionEvent.ReportSentToGd;
import ir.daftar.core.inspection.InspectionEvent.RequestAnswered;
import ir.daftar.core.inspection.InspectionEvent.RequestSentToOffice;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InspectionTest {

    static final String ID = "INS-1";
    static final String OFFICE = "OFF-101";
    static final Actor INSPECTOR = new Actor("0011000066", ActorRole.INSPECTOR, null);
    static final Actor OTHER_INSPECTOR = new Actor("0011000074", ActorRole.INSPECTOR, null);
    static final Actor MANAGER = new Actor("0011000015", ActorRole.OFFICE_MANAGER, OFFICE);
    static final Actor OTHER_OFFICE_MANAGER = new Actor("0011000023", ActorRole.OFFICE_MANAGER, "OFF-202");
    static final Instant FROM = Instant.parse("2025-03-21T00:00:00Z");
    static final Instant TO = Instant.parse("2025-09-22T00:00:00Z");

    AggregateTestFixture<Inspection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Inspection.class);
        fixture.registerInjectableResource((OfficeDirectory) id -> OFFICE.equals(id)
                ? Optional.of(new OfficeStaffing(OFFICE, List.of(), MinimumStaffing.REGULATION)) : Optional.empty());
        fixture.registerInjectableResource((InspectionOrders) (kanoon, order) -> ORDER.kanoonId().equals(kanoon)
                && ORDER.orderId().equals(order) ? Optional.of(ORDER) : Optional.empty());
    }

    /** ADR 1300: the board of the Kanoon ordered this inspection of OFFICE over [FROM, TO), by INSPECTOR. */
    static final InspectionOrder ORDER = new InspectionOrder("KANOON-TEH", ID, InspectionKind.PERIODIC, OFFICE, FROM, TO,
            List.of(INSPECTOR.id()));

    static InspectionOpened opened() {
        return new InspectionOpened(ID, InspectionKind.PERIODIC, "KANOON-TEH", OFFICE, List.of(INSPECTOR.id()), FROM, TO,
                INSPECTOR.id());
    }

    static Instant later(long days) {
        return Instant.now().plus(days, ChronoUnit.DAYS);
    }

    static RequestSentToOffice request() {
        return new RequestSentToOffice(ID, OFFICE, "REQ-1", "فهرست قبوض", later(7), INSPECTOR.id());
    }

    @Nested
    class Open {
        @Test
        void a28_an_inspector_opens_an_inspection_of_one_office_over_a_period() {
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.PERIODIC, "KANOON-TEH", OFFICE, List.of(INSPECTOR.id()),
                            FROM, TO), INSPECTOR.asMetaData())
                    .expectEvents(opened());
        }

        @Test
        void a28_the_opener_must_be_one_of_its_inspectors() {
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.AD_HOC, "KANOON-TEH", OFFICE, List.of(INSPECTOR.id()),
                            FROM, TO), OTHER_INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A28_INSPECTOR_ONLY));
        }

        @Test
        void a33_an_office_that_is_not_registered_cannot_be_inspected() {
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.AD_HOC, "KANOON-TEH", "OFF-NOWHERE", List.of(INSPECTOR.id()),
                            FROM, TO), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_OFFICE_NOT_REGISTERED));
        }

        @Test
        void a28_an_inspection_is_opened_only_as_the_board_ordered_it() {
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection("INS-NOT-ORDERED", InspectionKind.PERIODIC, "KANOON-TEH", OFFICE,
                            List.of(INSPECTOR.id()), FROM, TO), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A28_INSPECTION_NOT_ORDERED)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.PERIODIC, "KANOON-TEH", OFFICE, List.of(INSPECTOR.id()),
                            FROM.minusSeconds(86_400), TO), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A28_INSPECTION_NOT_ORDERED)).expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.AD_HOC, "KANOON-TEH", OFFICE, List.of(INSPECTOR.id()),
                            FROM, TO), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A28_INSPECTION_NOT_ORDERED)).expectNoEvents();
            // an inspector the order does not name, naming themself, is refused
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.PERIODIC, "KANOON-TEH", OFFICE,
                            List.of(INSPECTOR.id(), OTHER_INSPECTOR.id()), FROM, TO), OTHER_INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A28_INSPECTION_NOT_ORDERED)).expectNoEvents();
        }

        @Test
        void a28_without_inspectors_named_the_inspection_takes_the_orders() {
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.PERIODIC, "KANOON-TEH", OFFICE, List.of(), FROM, TO),
                            INSPECTOR.asMetaData())
                    .expectEvents(opened());
        }

        @Test
        void a33_the_period_cannot_end_in_the_future() {
            fixture.givenNoPriorActivity()
                    .when(new OpenInspection(ID, InspectionKind.AD_HOC, "KANOON-TEH", OFFICE, List.of(INSPECTOR.id()),
                            FROM, later(3)), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_PERIOD_INVALID));
        }
    }

    @Nested
    class Requests {
        @Test
        void a37_9_the_inspectors_send_a_request_with_a_deadline() {
            Instant deadline = later(7);
            fixture.given(opened())
                    .when(new SendRequest(ID, "REQ-1", "فهرست قبوض", deadline), INSPECTOR.asMetaData())
                    .expectEvents(new RequestSentToOffice(ID, OFFICE, "REQ-1", "فهرست قبوض", deadline, INSPECTOR.id()));
        }

        @Test
        void a37_9_the_office_answers_through_its_staff() {
            fixture.given(opened(), request())
                    .when(new AnswerRequest(ID, "REQ-1", "پیوست شد"), MANAGER.asMetaData())
                    .expectEvents(new RequestAnswered(ID, OFFICE, "REQ-1", "پیوست شد", MANAGER.id()));
        }

        @Test
        void a37_9_staff_of_another_office_cannot_answer() {
            fixture.given(opened(), request())
                    .when(new AnswerRequest(ID, "REQ-1", "پیوست شد"), OTHER_OFFICE_MANAGER.asMetaData())
                    .expectException(violates(Rule.A37_9_OFFICE_STAFF_ONLY));
        }

        @Test
        void a37_9_an_unknown_request_cannot_be_answered() {
            fixture.given(opened())
                    .when(new AnswerRequest(ID, "REQ-9", "پیوست شد"), MANAGER.asMetaData())
                    .expectException(violates(Rule.A37_9_REQUEST_UNKNOWN));
        }

        @Test
        void a37_9_a_request_is_answered_once() {
            fixture.given(opened(), request(), new RequestAnswered(ID, OFFICE, "REQ-1", "پیوست شد", MANAGER.id()))
                    .when(new AnswerRequest(ID, "REQ-1", "دوباره"), MANAGER.asMetaData())
                    .expectException(violates(Rule.A37_9_REQUEST_ALREADY_ANSWERED));
        }

        @Test
        void a28_only_its_inspectors_send_requests() {
            fixture.given(opened())
                    .when(new SendRequest(ID, "REQ-1", "فهرست", later(7)), OTHER_INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A28_INSPECTOR_ONLY));
        }
    }

    @Nested
    class Findings {
        @Test
        void a33_a_finding_is_accepted_with_its_evidence_and_reason() {
            fixture.given(opened())
                    .when(new AcceptFinding(ID, "F-1", Rule.A37_6_RECEIPT_REQUIRED, "FIL-1", List.of("e-1"), "احراز شد"),
                            INSPECTOR.asMetaData())
                    .expectEvents(new FindingAccepted(ID, "F-1", Rule.A37_6_RECEIPT_REQUIRED, "A37", "FIL-1",
                            List.of("e-1"), "احراز شد", INSPECTOR.id()));
        }

        @Test
        void a33_a_dismissal_states_its_reason() {
            fixture.given(opened())
                    .when(new DismissFinding(ID, "F-1", Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, " "), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_REASON_REQUIRED));
        }

        @Test
        void a33_a_finding_is_decided_once() {
            fixture.given(opened(), new FindingDismissed(ID, "F-1", Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, "تعطیل",
                            INSPECTOR.id()))
                    .when(new AcceptFinding(ID, "F-1", Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, "FIL-1", List.of("e-1"),
                            "احراز"), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_FINDING_ALREADY_DECIDED));
        }
    }

    @Nested
    class Report {
        static final ReportFinalized FINALIZED = new ReportFinalized(ID, OFFICE, "یک تخلف", List.of("F-1"), List.of(),
                INSPECTOR.id());

        @Test
        void a33_the_report_is_finalized_with_the_decided_findings() {
            fixture.given(opened(), new FindingAccepted(ID, "F-1", Rule.A37_6_RECEIPT_REQUIRED, "A37", "FIL-1",
                            List.of("e-1"), "احراز شد", INSPECTOR.id()))
                    .when(new FinalizeReport(ID, "یک تخلف"), INSPECTOR.asMetaData())
                    .expectEvents(FINALIZED);
        }

        @Test
        void a33_a_finalized_report_cannot_change() {
            fixture.given(opened(), FINALIZED)
                    .when(new AcceptFinding(ID, "F-2", Rule.A37_6_RECEIPT_REQUIRED, "FIL-2", List.of("e-2"), "احراز"),
                            INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_REPORT_FINALIZED));
        }

        @Test
        void a33_a_correction_is_a_new_event_beside_the_finalized_report() {
            fixture.given(opened(), FINALIZED)
                    .when(new CorrectReport(ID, "تاریخ بند ۱ اصلاح شد"), INSPECTOR.asMetaData())
                    .expectEvents(new ReportCorrected(ID, "تاریخ بند ۱ اصلاح شد", INSPECTOR.id()));
        }

        @Test
        void a33_the_report_is_sent_to_the_gd_once_finalized() {
            fixture.given(opened())
                    .when(new SendReportToGd(ID), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_REPORT_NOT_FINALIZED));
        }

        @Test
        void a33_the_report_is_sent_once() {
            fixture.given(opened(), FINALIZED, new ReportSentToGd(ID, INSPECTOR.id()))
                    .when(new SendReportToGd(ID), INSPECTOR.asMetaData())
                    .expectException(violates(Rule.A33_REPORT_ALREADY_SENT));
        }
    }
}
