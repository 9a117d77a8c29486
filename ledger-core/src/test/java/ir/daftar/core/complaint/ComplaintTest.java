package ir.daftar.core.complaint;

import static ir.daftar.core.testing.RuleMatchers.violates;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.complaint.ComplaintCommand.LodgeComplaint;
import ir.daftar.core.complaint.ComplaintCommand.ReferComplaintToDiscipline;
import ir.daftar.core.complaint.ComplaintCommand.ReportComplaintToGd;
import ir.daftar.core.complaint.ComplaintCommand.ReviewComplaint;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintLodged;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReferredToDiscipline;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReportedToGd;
import ir.daftar.core.complaint.ComplaintEvent.ComplaintReviewed;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonBoardSeats;
import ir.daftar.core.kanoon.KanoonRegistry;
import ir.daftar.core.kanoon.OfficeLocator;
import ir.daftar.core.kanoon.Provinces;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A complaint about an office (A28(e)): lodged by anyone, reviewed and reported by the covering board, one case. */
class ComplaintTest {

    static final String TEHRAN = Kanoon.idFor("tehran");
    static final String QOM = Kanoon.idFor("qom");
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final String COMPLAINT = "CMP-1";
    static final String QOM_OFFICE = "OFF-QOM-1";
    static final String TEHRAN_MEMBER = "0011000031";
    static final String QOM_MEMBER = "0011000049";
    static final String MANAGER = "0011000015";
    static final Map<String, String> APPLICANT = new Actor("0011000058", ActorRole.APPLICANT, null).asMetaData();
    static final Map<String, String> COURT = Actor.ofAuthority("COURT-1", "TEH-CIV-12").asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> TEHRAN_BOARD =
            new Actor(TEHRAN_MEMBER, ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
    static final Map<String, String> QOM_BOARD = new Actor(QOM_MEMBER, ActorRole.KANOON_BOARD_MEMBER, null).asMetaData();
    static final String TEXT = "دفتر برای ثبت دادخواست بیش از تعرفه وجه گرفت و قبض نداد";

    final Map<String, String> formed = new LinkedHashMap<>(Map.of("tehran", TEHRAN));
    AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new KanoonRegistry() {
            @Override
            public Map<String, String> formed() {
                return Map.copyOf(formed);
            }

            @Override
            public Map<String, String> formedForUpdate() {
                return formed();
            }

            @Override
            public void recordFormation(String kanoonId, String provinceCode, Instant at) {
                formed.put(provinceCode, kanoonId);
            }
        });
        fixture.registerInjectableResource((OfficeLocator) id -> QOM_OFFICE.equals(id)
                ? Provinces.byCode("qom") : Optional.empty());
        fixture.registerInjectableResource((KanoonBoardSeats) (kanoon, person, day) -> day.equals(TODAY)
                && ((TEHRAN.equals(kanoon) && TEHRAN_MEMBER.equals(person)) || (QOM.equals(kanoon) && QOM_MEMBER.equals(person))));
    }

    TestExecutor<Complaint> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    static ComplaintLodged lodged() {
        return new ComplaintLodged(COMPLAINT, QOM_OFFICE, TEHRAN, TEXT, "F-1");
    }

    static ComplaintReviewed upheld() {
        return new ComplaintReviewed(COMPLAINT, TEHRAN, ComplaintOutcome.UPHELD, "قبض صادر نشده است");
    }

    static ComplaintReportedToGd reported() {
        return new ComplaintReportedToGd(COMPLAINT, TEHRAN, ComplaintOutcome.UPHELD);
    }

    @Nested
    class Lodging {

        @Test
        void an_applicant_complains_about_an_office_in_qom_and_the_kanoon_covering_it_is_named() {
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint(COMPLAINT, QOM_OFFICE, "  " + TEXT + " ", "F-1"), APPLICANT)
                    .expectEvents(lodged());
        }

        @Test
        void court_staff_and_the_gd_complain_too() {
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint(COMPLAINT, QOM_OFFICE, TEXT, null), COURT)
                    .expectEvents(new ComplaintLodged(COMPLAINT, QOM_OFFICE, TEHRAN, TEXT, null));
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint("CMP-2", QOM_OFFICE, TEXT, null), GD)
                    .expectEvents(new ComplaintLodged("CMP-2", QOM_OFFICE, TEHRAN, TEXT, null));
        }

        @Test
        void a_complaint_states_what_happened() {
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint(COMPLAINT, QOM_OFFICE, "  ", null), APPLICANT)
                    .expectException(violates(Rule.A28_COMPLAINT_INVALID));
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint(COMPLAINT, QOM_OFFICE, "x".repeat(4001), null), APPLICANT)
                    .expectException(violates(Rule.A28_COMPLAINT_INVALID));
        }

        @Test
        void an_unknown_office_is_refused() {
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint(COMPLAINT, "OFF-NONE", TEXT, null), APPLICANT)
                    .expectException(violates(Rule.A28_COMPLAINT_INVALID));
        }

        @Test
        void an_office_no_kanoon_covers_has_no_board_to_review_it() {
            formed.clear();
            fixture.givenCurrentTime(NOW).when(new LodgeComplaint(COMPLAINT, QOM_OFFICE, TEXT, null), APPLICANT)
                    .expectException(violates(Rule.A25_COMPLAINT_NO_KANOON));
        }
    }

    @Nested
    class Review {

        @Test
        void a_member_of_the_covering_board_reviews_with_reasons() {
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.UPHELD, "قبض صادر نشده است"), TEHRAN_BOARD)
                    .expectEvents(upheld());
        }

        @Test
        void only_the_covering_kanoons_board_member_reviews() {
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.UPHELD, "دلایل"), QOM_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_BOARD_ONLY));
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.UPHELD, "دلایل"), GD)
                    .expectException(violates(Rule.A28_COMPLAINT_BOARD_ONLY));
            // a board member role without a seat on the covering board today
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.UPHELD, "دلایل"),
                            new Actor("0011000067", ActorRole.KANOON_BOARD_MEMBER, null).asMetaData())
                    .expectException(violates(Rule.A28_COMPLAINT_BOARD_ONLY));
        }

        @Test
        void once_qom_has_its_own_kanoon_its_board_reviews_the_complaint_lodged_before() {
            formed.put("qom", QOM);
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.DISMISSED, "بی‌اساس"), QOM_BOARD)
                    .expectEvents(new ComplaintReviewed(COMPLAINT, QOM, ComplaintOutcome.DISMISSED, "بی‌اساس"));
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.DISMISSED, "بی‌اساس"), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_BOARD_ONLY));
        }

        @Test
        void a_review_states_its_reasons_and_is_made_once() {
            given(lodged()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.DISMISSED, " "), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_REASON_REQUIRED));
            given(lodged(), upheld()).when(new ReviewComplaint(COMPLAINT, ComplaintOutcome.DISMISSED, "دلایل"), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_OUT_OF_ORDER));
        }
    }

    @Nested
    class Report {

        @Test
        void the_board_reports_the_reviewed_complaint_to_the_gd() {
            given(lodged(), upheld()).when(new ReportComplaintToGd(COMPLAINT), TEHRAN_BOARD).expectEvents(reported());
        }

        @Test
        void a_complaint_is_not_reported_before_it_is_reviewed() {
            given(lodged()).when(new ReportComplaintToGd(COMPLAINT), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_OUT_OF_ORDER));
        }

        @Test
        void a_complaint_is_reported_once_and_by_the_covering_board() {
            given(lodged(), upheld(), reported()).when(new ReportComplaintToGd(COMPLAINT), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_OUT_OF_ORDER));
            given(lodged(), upheld()).when(new ReportComplaintToGd(COMPLAINT), QOM_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_BOARD_ONLY));
        }
    }

    @Nested
    class Discipline {

        @Test
        void the_board_opens_a_case_from_an_upheld_reported_complaint() {
            given(lodged(), upheld(), reported())
                    .when(new ReferComplaintToDiscipline(COMPLAINT, "DC-1", MANAGER), TEHRAN_BOARD)
                    .expectEvents(new ComplaintReferredToDiscipline(COMPLAINT, "DC-1", QOM_OFFICE, MANAGER));
        }

        @Test
        void a_complaint_opens_at_most_one_case() {
            given(lodged(), upheld(), reported(), new ComplaintReferredToDiscipline(COMPLAINT, "DC-1", QOM_OFFICE, MANAGER))
                    .when(new ReferComplaintToDiscipline(COMPLAINT, "DC-2", MANAGER), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_CASE_ALREADY_OPENED));
        }

        @Test
        void no_case_before_the_review_and_the_report() {
            given(lodged()).when(new ReferComplaintToDiscipline(COMPLAINT, "DC-1", MANAGER), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_OUT_OF_ORDER));
            given(lodged(), upheld()).when(new ReferComplaintToDiscipline(COMPLAINT, "DC-1", MANAGER), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_OUT_OF_ORDER));
        }

        @Test
        void no_case_from_a_dismissed_complaint() {
            given(lodged(), new ComplaintReviewed(COMPLAINT, TEHRAN, ComplaintOutcome.DISMISSED, "بی‌اساس"),
                    new ComplaintReportedToGd(COMPLAINT, TEHRAN, ComplaintOutcome.DISMISSED))
                    .when(new ReferComplaintToDiscipline(COMPLAINT, "DC-1", MANAGER), TEHRAN_BOARD)
                    .expectException(violates(Rule.A28_COMPLAINT_NOT_UPHELD));
        }

        @Test
        void only_the_covering_board_opens_it() {
            given(lodged(), upheld(), reported())
                    .when(new ReferComplaintToDiscipline(COMPLAINT, "DC-1", MANAGER), GD)
                    .expectException(violates(Rule.A28_COMPLAINT_BOARD_ONLY));
        }
    }
}
