package ir.daftar.core.establishment;

import static ir.daftar.core.testing.RuleMatchers.violates;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.establishment.OfficeCallCommand.AppointOfficeManager;
import ir.daftar.core.establishment.OfficeCallCommand.DecideOfficeProposal;
import ir.daftar.core.establishment.OfficeCallCommand.OpenOfficeCall;
import ir.daftar.core.establishment.OfficeCallCommand.ProposeOffice;
import ir.daftar.core.establishment.OfficeCallCommand.ReceiveApplication;
import ir.daftar.core.establishment.OfficeCallCommand.VetApplication;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeCallOpened;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The establishment of an office: call, application, vetting, GD proposal, Center head decision, manager (A3, A14, A22(a)). */
class OfficeCallTest {

    static final String CALL = "CALL-1405-01";
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> COUNCIL = new Actor("0011000101", ActorRole.COUNCIL_MEMBER, null).asMetaData();
    static final Applicant NEW_APPLICANT = new Applicant(new NationalCode("0012345679"), "مریم رضایی", null);
    static final Applicant NOTARY = new Applicant(new NationalCode("0023456787"), "علی کریمی", "دفتر اسناد رسمی ۱۲ تهران");
    static final OfficeCallOpened OPENED = new OfficeCallOpened(CALL, "تهران", "تهران", 1);
    static final StaffMember MANAGER = new StaffMember(NEW_APPLICANT.nationalCode(), NEW_APPLICANT.name(), StaffRole.MANAGER, true);
    /** The evidence of A16-A21 the manager is appointed on (ADR 0910), passed on to the office's hire. */
    static final ir.daftar.core.office.StaffEligibility ELIGIBLE = ir.daftar.core.office.Eligible.forRole(StaffRole.MANAGER);

    private AggregateTestFixture<OfficeCall> fixture;
    private final Set<String> registered = new java.util.HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfficeCall.class);
        OfficeDirectory directory = officeId -> registered.contains(officeId)
                ? Optional.of(new OfficeStaffing(officeId, List.of(), MinimumStaffing.REGULATION)) : Optional.empty();
        fixture.registerInjectableResource(directory);
    }

    private TestExecutor<OfficeCall> given(Object... events) {
        return fixture.given(List.of(events));
    }

    private static ResultValidator<OfficeCall> refused(ResultValidator<OfficeCall> result, Rule rule) {
        return result.expectException(violates(rule)).expectNoEvents();
    }

    static ApplicationReceived received(String id, Applicant applicant) {
        return new ApplicationReceived(CALL, id, applicant);
    }

    static ApplicationVetted vetted(String id, boolean accepted) {
        return new ApplicationVetted(CALL, id, accepted, "مدارک کامل", "RCPT-1", 5_000_000L);
    }

    static OfficeProposed proposed(String id, String officeId) {
        return new OfficeProposed(CALL, id, officeId, "دفتر " + officeId, OfficeOrigin.NEW, null, "نیاز منطقه");
    }

    static ProposeOffice propose(String id, String officeId, OfficeOrigin origin) {
        return new ProposeOffice(CALL, id, officeId, "دفتر " + officeId, origin, "نیاز منطقه");
    }

    @Nested
    class Opening {

        @Test
        void the_gd_opens_a_call_for_a_number_of_offices_in_a_city() {
            fixture.givenNoPriorActivity().when(new OpenOfficeCall(CALL, "تهران", "تهران", 1), GD).expectEvents(OPENED);
        }

        @Test
        void a22_only_the_gd_calls_for_applicants() {
            refused(fixture.givenNoPriorActivity().when(new OpenOfficeCall(CALL, "تهران", "تهران", 1), COUNCIL),
                    Rule.A22_CALL_BY_GD_ONLY);
        }

        @Test
        void a22_a_call_names_its_place_and_a_number_of_offices() {
            refused(fixture.givenNoPriorActivity().when(new OpenOfficeCall(CALL, "تهران", " ", 1), GD), Rule.A22_CALL_INVALID);
            refused(fixture.givenNoPriorActivity().when(new OpenOfficeCall(CALL, "تهران", "تهران", 0), GD),
                    Rule.A22_CALL_INVALID);
            refused(fixture.givenNoPriorActivity().when(new OpenOfficeCall("CALL 1", "تهران", "تهران", 1), GD),
                    Rule.A22_CALL_INVALID);
        }
    }

    @Nested
    class Applications {

        @Test
        void the_gd_records_an_application_once() {
            given(OPENED).when(new ReceiveApplication(CALL, "APP-1", NEW_APPLICANT), GD)
                    .expectEvents(received("APP-1", NEW_APPLICANT));
            refused(given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(new ReceiveApplication(CALL, "APP-1", NOTARY), GD), Rule.A22_APPLICATION_ALREADY_RECEIVED);
        }

        @Test
        void a22_vetting_needs_the_vetting_fee_paid() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(new VetApplication(CALL, "APP-1", true, "کامل", null, 5_000_000L), GD), Rule.A22_VETTING_FEE_NOT_PAID);
            refused(given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(new VetApplication(CALL, "APP-1", true, "کامل", "RCPT-1", 0), GD), Rule.A22_VETTING_FEE_NOT_PAID);
        }

        @Test
        void a22_vetting_states_its_reasons_and_happens_once() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(new VetApplication(CALL, "APP-1", false, " ", "RCPT-1", 5_000_000L), GD),
                    Rule.A22_VETTING_REASON_REQUIRED);
            given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(new VetApplication(CALL, "APP-1", true, "مدارک کامل", "RCPT-1", 5_000_000L), GD)
                    .expectEvents(vetted("APP-1", true));
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", false))
                    .when(new VetApplication(CALL, "APP-1", true, "بازنگری", "RCPT-2", 5_000_000L), GD),
                    Rule.A22_APPLICATION_ALREADY_VETTED);
        }

        @Test
        void a22_vetting_is_the_gds_and_of_a_received_application() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(new VetApplication(CALL, "APP-1", true, "کامل", "RCPT-1", 1L), HEAD), Rule.A22_CALL_BY_GD_ONLY);
            refused(given(OPENED).when(new VetApplication(CALL, "APP-9", true, "کامل", "RCPT-1", 1L), GD),
                    Rule.A22_APPLICATION_UNKNOWN);
        }
    }

    @Nested
    class Proposal {

        @Test
        void the_gd_proposes_an_office_from_an_accepted_application() {
            given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true))
                    .when(propose("APP-1", "OFF-2001", OfficeOrigin.NEW), GD)
                    .expectEvents(proposed("APP-1", "OFF-2001"));
        }

        @Test
        void a14_a_rejected_or_unvetted_application_is_not_proposed() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT))
                    .when(propose("APP-1", "OFF-2001", OfficeOrigin.NEW), GD), Rule.A14_APPLICATION_NOT_ACCEPTED);
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", false))
                    .when(propose("APP-1", "OFF-2001", OfficeOrigin.NEW), GD), Rule.A14_APPLICATION_NOT_ACCEPTED);
        }

        @Test
        void a14_only_the_gd_proposes() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true))
                    .when(propose("APP-1", "OFF-2001", OfficeOrigin.NEW), COUNCIL), Rule.A14_PROPOSAL_BY_GD_ONLY);
        }

        @Test
        void a14_one_proposal_per_application_and_an_office_id_once() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true), proposed("APP-1", "OFF-2001"))
                    .when(propose("APP-1", "OFF-2002", OfficeOrigin.NEW), GD), Rule.A14_ALREADY_PROPOSED);
            refused(given(new OfficeCallOpened(CALL, "تهران", "تهران", 2), received("APP-1", NEW_APPLICANT),
                    vetted("APP-1", true), proposed("APP-1", "OFF-2001"), received("APP-2", NOTARY), vetted("APP-2", true))
                    .when(propose("APP-2", "OFF-2001", OfficeOrigin.NEW), GD), Rule.A14_ALREADY_PROPOSED);
        }

        @Test
        void a14_an_office_id_already_in_the_registry_is_not_proposed() {
            registered.add("OFF-1001");
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true))
                    .when(propose("APP-1", "OFF-1001", OfficeOrigin.NEW), GD), Rule.A14_OFFICE_ALREADY_REGISTERED);
        }

        @Test
        void a14_a_call_establishes_at_most_the_offices_it_called_for_and_a_refusal_frees_its_place() {
            Object[] full = {OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true), proposed("APP-1", "OFF-2001"),
                    received("APP-2", NOTARY), vetted("APP-2", true)};
            refused(given(full).when(propose("APP-2", "OFF-2002", OfficeOrigin.NEW), GD), Rule.A14_CALL_FULL);
            given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true), proposed("APP-1", "OFF-2001"),
                    new OfficeProposalDecided(CALL, "APP-1", "OFF-2001", false, "نیاز نیست"),
                    received("APP-2", NOTARY), vetted("APP-2", true))
                    .when(propose("APP-2", "OFF-2002", OfficeOrigin.NEW), GD)
                    .expectEvents(new OfficeProposed(CALL, "APP-2", "OFF-2002", "دفتر OFF-2002", OfficeOrigin.NEW, null,
                            "نیاز منطقه"));
        }

        @Test
        void a3_an_office_chosen_from_a_notary_office_names_it() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true))
                    .when(propose("APP-1", "OFF-2001", OfficeOrigin.NOTARY_OFFICE), GD), Rule.A3_ORIGIN_BODY_REQUIRED);
            given(OPENED, received("APP-2", NOTARY), vetted("APP-2", true))
                    .when(propose("APP-2", "OFF-2002", OfficeOrigin.NOTARY_OFFICE), GD)
                    .expectEvents(new OfficeProposed(CALL, "APP-2", "OFF-2002", "دفتر OFF-2002", OfficeOrigin.NOTARY_OFFICE,
                            "دفتر اسناد رسمی ۱۲ تهران", "نیاز منطقه"));
        }

        @Test
        void a14_a_proposal_states_its_reasons() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true))
                    .when(new ProposeOffice(CALL, "APP-1", "OFF-2001", "دفتر", OfficeOrigin.NEW, ""), GD),
                    Rule.A14_REASON_REQUIRED);
        }
    }

    @Nested
    class Decision {

        private Object[] proposedHistory() {
            return new Object[] {OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true), proposed("APP-1", "OFF-2001")};
        }

        @Test
        void the_center_head_approves_the_proposal() {
            given(proposedHistory()).when(new DecideOfficeProposal(CALL, "APP-1", true, null), HEAD)
                    .expectEvents(new OfficeProposalDecided(CALL, "APP-1", "OFF-2001", true, null));
        }

        @Test
        void a14_only_the_center_head_decides() {
            refused(given(proposedHistory()).when(new DecideOfficeProposal(CALL, "APP-1", true, null), GD),
                    Rule.A14_DECISION_BY_CENTER_HEAD_ONLY);
        }

        @Test
        void a14_a_refusal_states_its_reasons() {
            refused(given(proposedHistory()).when(new DecideOfficeProposal(CALL, "APP-1", false, null), HEAD),
                    Rule.A14_REASON_REQUIRED);
        }

        @Test
        void a14_the_decision_comes_after_the_proposal_and_once() {
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true))
                    .when(new DecideOfficeProposal(CALL, "APP-1", true, null), HEAD), Rule.A14_PROPOSAL_NOT_DECIDABLE);
            Object[] decided = {OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true),
                    proposed("APP-1", "OFF-2001"), new OfficeProposalDecided(CALL, "APP-1", "OFF-2001", true, null)};
            refused(given(decided).when(new DecideOfficeProposal(CALL, "APP-1", false, "بازنگری"), HEAD),
                    Rule.A14_PROPOSAL_NOT_DECIDABLE);
        }
    }

    @Nested
    class Manager {

        private Object[] decided(boolean approved) {
            return new Object[] {OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true),
                    proposed("APP-1", "OFF-2001"),
                    new OfficeProposalDecided(CALL, "APP-1", "OFF-2001", approved, approved ? null : "نیاز نیست")};
        }

        @Test
        void a14_appointing_the_manager_of_an_approved_office_establishes_it() {
            given(decided(true)).when(new AppointOfficeManager(CALL, "APP-1", ELIGIBLE), HEAD).expectEvents(
                    new OfficeManagerAppointed(CALL, "APP-1", "OFF-2001", MANAGER),
                    new OfficeEstablished(CALL, "APP-1", "OFF-2001", "دفتر OFF-2001", OfficeOrigin.NEW, "تهران", "تهران",
                            MANAGER, ELIGIBLE));
        }

        @Test
        void a14_no_manager_without_approval_nor_twice() {
            refused(given(decided(false)).when(new AppointOfficeManager(CALL, "APP-1", ELIGIBLE), HEAD),
                    Rule.A14_MANAGER_NOT_APPOINTABLE);
            refused(given(OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true), proposed("APP-1", "OFF-2001"))
                    .when(new AppointOfficeManager(CALL, "APP-1", ELIGIBLE), HEAD), Rule.A14_MANAGER_NOT_APPOINTABLE);
            Object[] established = {OPENED, received("APP-1", NEW_APPLICANT), vetted("APP-1", true),
                    proposed("APP-1", "OFF-2001"), new OfficeProposalDecided(CALL, "APP-1", "OFF-2001", true, null),
                    new OfficeManagerAppointed(CALL, "APP-1", "OFF-2001", MANAGER),
                    new OfficeEstablished(CALL, "APP-1", "OFF-2001", "دفتر OFF-2001", OfficeOrigin.NEW, "تهران", "تهران",
                            MANAGER, ELIGIBLE)};
            refused(given(established).when(new AppointOfficeManager(CALL, "APP-1", ELIGIBLE), HEAD),
                    Rule.A14_MANAGER_NOT_APPOINTABLE);
        }

        @Test
        void a14_the_manager_is_appointed_by_the_center_head() {
            refused(given(decided(true)).when(new AppointOfficeManager(CALL, "APP-1", ELIGIBLE), GD),
                    Rule.A14_DECISION_BY_CENTER_HEAD_ONLY);
        }
    }
}
