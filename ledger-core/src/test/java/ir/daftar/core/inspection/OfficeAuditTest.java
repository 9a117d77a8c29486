package ir.daftar.core.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.access.AccessEvent.CaseDataRead;
import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.common.Rule;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.TestTariffs;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.RequestAnswered;
import ir.daftar.core.inspection.InspectionEvent.RequestSentToOffice;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit rules, each on the smallest record that shows it, and a clean filing that shows none. */
class OfficeAuditTest {

    static final String OFFICE = "OFF-101";
    static final String CLERK = "0011000041";
    static final String EXPERT = "0011000023";
    static final CompetentAuthority COURT = new CompetentAuthority("TEH-CIV-12", AuthorityKind.COURT, "دادگاه");
    static final CourtFeeInputs INPUTS = new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, 100_000_000L,
            AuthorityKind.COURT);
    static final Instant T0 = Instant.parse("2025-05-01T06:00:00Z");

    final List<LedgerEntry> stream = new ArrayList<>();
    final List<ActivityEntry> activity = new ArrayList<>();
    Instant clock = T0;
    long index;

    String record(Object payload, Actor actor) {
        String id = UUID.randomUUID().toString();
        stream.add(new LedgerEntry(++index, id, null, "agg", 0, clock, payload,
                actor == null ? Map.of() : actor.asMetaData()));
        return id;
    }

    void after(Duration d) {
        clock = clock.plus(d);
    }

    List<Finding> audit() {
        OfficeAudit audit = new OfficeAudit(OFFICE, T0, T0.plus(Duration.ofDays(60)), AuditLimits.DEFAULTS, TestTariffs.tariffs());
        stream.forEach(e -> audit.accept(e).ifPresent(activity::add));
        return audit.finish();
    }

    static Actor staff(String id) {
        return new Actor(id, ActorRole.OFFICE_CLERK, OFFICE);
    }

    void staffed() {
        record(new StaffMemberAppointed(OFFICE, new StaffMember(new NationalCode(CLERK), "حسین", StaffRole.CLERK, true)), null);
        record(new StaffMemberAppointed(OFFICE, new StaffMember(new NationalCode(EXPERT), "علی", StaffRole.LEGAL_EXPERT, true)), null);
    }

    /** A filing through to payment; returns the filing id. */
    String filingPaid(long paid, String receipt) {
        String f = UUID.randomUUID().toString();
        record(new FilingStarted(f, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL, 100_000_000L,
                new Party(PersonType.NATURAL, "0499370899", "علی"), List.of(), COURT, "مطالبه", OFFICE, null), staff(CLERK));
        after(Duration.ofMinutes(20));
        record(new DocumentDigitized(f, new ElectronicDocument("D1", "دادخواست", 1, "a".repeat(64)), CLERK, null), staff(CLERK));
        long due = TestTariffs.tariffs().inForceAt(clock).compute(INPUTS);
        record(new CourtFeeAssessed(f, due, "1404", INPUTS), staff(CLERK));
        record(new CourtFeePaid(f, "PAY-1", paid < 0 ? due : paid, receipt), staff(CLERK));
        return f;
    }

    void verifyAndSubmit(String f, String verifier) {
        record(new DocumentConformityVerified(f, "D1", OFFICE, verifier), staff(verifier));
        after(Duration.ofHours(1));
        record(new SubmittedToCompetentAuthority(f, COURT, OFFICE, EXPERT), staff(EXPERT));
    }

    @Test
    void a_filing_done_by_the_rules_and_in_time_gives_no_finding_and_is_the_offices_activity() {
        staffed();
        String f = filingPaid(-1, "R-1");
        verifyAndSubmit(f, EXPERT);
        assertThat(audit()).isEmpty();
        assertThat(activity).extracting(ActivityEntry::subjectId).contains(f, OFFICE);
        assertThat(activity).filteredOn(a -> a.eventType().equals("CourtFeePaid")).singleElement()
                .satisfies(a -> assertThat(a.actorId()).isEqualTo(CLERK));
    }

    @Test
    void a37_12_a_fee_above_the_schedule_in_force_is_found_with_the_assessment_and_the_payment() {
        staffed();
        String f = filingPaid(9_999_999, "R-1");
        verifyAndSubmit(f, EXPERT);
        List<Finding> findings = audit();
        assertThat(findings).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(Rule.A37_12_FEE_ABOVE_SCHEDULE);
            assertThat(x.evidenceEventIds()).hasSize(2);
        });
    }

    @Test
    void a37_6_a_payment_without_receipt_is_found() {
        staffed();
        verifyAndSubmit(filingPaid(-1, " "), EXPERT);
        assertThat(audit()).extracting(Finding::rule).containsExactly(Rule.A37_6_RECEIPT_REQUIRED);
    }

    @Test
    void a37_4_a_submission_long_after_payment_is_a_delay_from_the_payment() {
        staffed();
        String f = filingPaid(-1, "R-1");
        after(Duration.ofDays(5));
        verifyAndSubmit(f, EXPERT);
        assertThat(audit()).extracting(Finding::rule).containsExactly(Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED);
    }

    @Test
    void a37_4_a_step_still_pending_when_its_limit_ran_out_is_a_delay() {
        staffed();
        filingPaid(-1, "R-1");
        assertThat(audit()).extracting(Finding::rule).containsExactly(Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED);
    }

    @Test
    void a5_a6_verification_by_someone_no_longer_on_the_staff_is_found() {
        staffed();
        String f = filingPaid(-1, "R-1");
        record(new StaffAppointmentEnded(OFFICE, CLERK, StaffRole.CLERK, "استعفا"), null);
        verifyAndSubmit(f, CLERK);
        assertThat(audit()).extracting(Finding::rule).containsExactly(Rule.A6_NOT_OFFICE_STAFF);
    }

    @Test
    void a5_a6_a_submission_without_verification_is_found_with_the_unverified_document() {
        staffed();
        String f = filingPaid(-1, "R-1");
        String submitted = record(new SubmittedToCompetentAuthority(f, COURT, OFFICE, EXPERT), staff(EXPERT));
        assertThat(audit()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(Rule.A5_CONFORMITY_NOT_VERIFIED);
            assertThat(x.evidenceEventIds()).hasSize(2).endsWith(submitted);
        });
    }

    @Test
    void a37_13_a_read_by_staff_of_a_filing_the_office_does_not_hold_is_found_and_a_read_of_its_own_is_not() {
        staffed();
        String own = filingPaid(-1, "R-1");
        verifyAndSubmit(own, EXPERT);
        record(new CaseDataRead(own, "history", "case work"), staff(CLERK));
        String read = record(new CaseDataRead("someone-elses-filing", "history", null), staff(CLERK));
        assertThat(audit()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(Rule.A37_13_READ_WITHOUT_LINK);
            assertThat(x.evidenceEventIds()).containsExactly(read);
        });
    }

    @Test
    void a37_9_a_request_answered_after_its_deadline_and_one_never_answered_are_found() {
        Actor inspector = new Actor("0011000066", ActorRole.INSPECTOR, null);
        record(new InspectionOpened("INS-1", InspectionKind.AD_HOC, "K", OFFICE, List.of(inspector.id()), T0, T0, inspector.id()),
                inspector);
        record(new RequestSentToOffice("INS-1", OFFICE, "R1", "?", clock.plus(Duration.ofDays(2)), inspector.id()), inspector);
        record(new RequestSentToOffice("INS-1", OFFICE, "R2", "?", clock.plus(Duration.ofDays(2)), inspector.id()), inspector);
        record(new RequestSentToOffice("INS-1", OFFICE, "R3", "?", clock.plus(Duration.ofDays(2)), inspector.id()), inspector);
        after(Duration.ofDays(1));
        record(new RequestAnswered("INS-1", OFFICE, "R3", "بله", CLERK), staff(CLERK));
        after(Duration.ofDays(2));
        record(new RequestAnswered("INS-1", OFFICE, "R1", "بله", CLERK), staff(CLERK));
        assertThat(audit()).extracting(Finding::subjectId).containsExactlyInAnyOrder("R1", "R2");
    }

    @Test
    void events_of_other_offices_are_not_this_offices_activity() {
        String f = UUID.randomUUID().toString();
        record(new FilingStarted(f, FilingRoute.OFFICE, FilingKind.COMPLAINT, null, null,
                new Party(PersonType.NATURAL, "0499370899", "علی"), List.of(), COURT, "شکایت", "OFF-999", null),
                new Actor(CLERK, ActorRole.OFFICE_CLERK, "OFF-999"));
        assertThat(audit()).isEmpty();
        assertThat(activity).isEmpty();
    }
}
