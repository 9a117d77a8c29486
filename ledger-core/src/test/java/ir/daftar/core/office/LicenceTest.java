package ir.daftar.core.office;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.office.OfficeCommand.DecideLicenceDecision;
import ir.daftar.core.office.OfficeCommand.EndLicenceSuspension;
import ir.daftar.core.office.OfficeCommand.GiveLicenceOpinion;
import ir.daftar.core.office.OfficeCommand.ProposeLicenceDecision;
import ir.daftar.core.office.OfficeCommand.RegisterOffice;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.LicenceRequired;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Licence decisions on the office ledger: Council proposal, GD opinion, Center head decision (A22, A24, A35-5/6). */
class LicenceTest {

    static final String OFFICE = "OFF-1";
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant EXPIRY = Instant.parse("2031-03-20T20:30:00Z");
    static final Instant SUSPENSION_END = Instant.parse("2026-06-01T08:00:00Z");
    static final OfficeRegistered REGISTERED = new OfficeRegistered(OFFICE, "دفتر", OfficeOrigin.NEW, "تهران", "تهران");
    static final Map<String, String> COUNCIL = new Actor("0011000101", ActorRole.COUNCIL_MEMBER, null).asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> SYSTEM = new Actor("system", ActorRole.SYSTEM, null).asMetaData();
    static final String SESSION = "جلسه ۱۲ شورا";

    private AggregateTestFixture<Office> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Office.class);
    }

    private TestExecutor<Office> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    private static ResultValidator<Office> refused(ResultValidator<Office> result, Rule rule) {
        return result.expectException(violates(rule)).expectNoEvents();
    }

    static ProposeLicenceDecision propose(String id, LicenceDecisionKind kind, LicenceTerms terms) {
        return new ProposeLicenceDecision(OFFICE, id, kind, terms, SESSION, "دلایل شورا");
    }

    static LicenceDecisionProposed proposed(String id, LicenceDecisionKind kind, LicenceTerms terms) {
        return new LicenceDecisionProposed(OFFICE, id, kind, terms, SESSION, "دلایل شورا");
    }

    /** The three steps of an approved decision, as events. */
    static List<Object> approved(String id, LicenceDecisionKind kind, LicenceTerms terms) {
        return List.of(proposed(id, kind, terms), new LicenceDecisionOpinionGiven(OFFICE, id, true, null),
                new LicenceDecisionDecided(OFFICE, id, kind, true, null));
    }

    static Object[] issuedHistory() {
        List<Object> events = new ArrayList<>();
        events.add(REGISTERED);
        events.add(new LicenceRequired(OFFICE));
        events.addAll(approved("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)));
        return events.toArray();
    }

    static Object[] suspendedHistory() {
        List<Object> events = new ArrayList<>(List.of(issuedHistory()));
        events.addAll(approved("D2", LicenceDecisionKind.SUSPEND, LicenceTerms.until(SUSPENSION_END)));
        return events.toArray();
    }

    @Nested
    @DisplayName("Registration")
    class Registration {

        @Test
        void an_office_registered_as_needing_a_licence_records_it_and_is_refused_until_one_is_issued() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOffice(OFFICE, "دفتر", OfficeOrigin.NEW, "تهران", "تهران", true))
                    .expectEvents(REGISTERED, new LicenceRequired(OFFICE))
                    .expectState(office -> {
                        assertThat(office.licence().enforced()).isTrue();
                        assertThat(office.licence().conditionAt(NOW)).isEqualTo(LicenceCondition.NEVER_ISSUED);
                    });
        }

        @Test
        void an_office_registered_as_before_is_not_asked_for_a_licence() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterOffice(OFFICE, "دفتر", OfficeOrigin.NEW, "تهران", "تهران"))
                    .expectEvents(REGISTERED)
                    .expectState(office -> assertThat(office.licence().enforced()).isFalse());
        }
    }

    @Nested
    @DisplayName("The chain: proposal, opinion, decision")
    class Chain {

        @Test
        void a24_the_council_proposes_the_gd_gives_its_opinion_the_center_head_decides_and_the_licence_is_issued() {
            given(REGISTERED).when(propose("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)), COUNCIL)
                    .expectEvents(proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)));
            given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)))
                    .when(new GiveLicenceOpinion(OFFICE, "D1", true, null), GD)
                    .expectEvents(new LicenceDecisionOpinionGiven(OFFICE, "D1", true, null));
            given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)),
                    new LicenceDecisionOpinionGiven(OFFICE, "D1", true, null))
                    .when(new DecideLicenceDecision(OFFICE, "D1", true, null), HEAD)
                    .expectEvents(new LicenceDecisionDecided(OFFICE, "D1", LicenceDecisionKind.ISSUE, true, null))
                    .expectState(office -> {
                        assertThat(office.licence().inForceAt(NOW)).isTrue();
                        assertThat(office.licence().expiresAt()).isEqualTo(EXPIRY);
                    });
        }

        @Test
        void a24_only_the_council_proposes() {
            refused(given(REGISTERED).when(propose("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)), GD),
                    Rule.A24_PROPOSAL_BY_COUNCIL_ONLY);
        }

        @Test
        void a22_only_the_gd_gives_the_opinion() {
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)))
                    .when(new GiveLicenceOpinion(OFFICE, "D1", true, null), COUNCIL), Rule.A22_OPINION_BY_GD_ONLY);
        }

        @Test
        void a22_only_the_center_head_decides() {
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)),
                    new LicenceDecisionOpinionGiven(OFFICE, "D1", true, null))
                    .when(new DecideLicenceDecision(OFFICE, "D1", true, null), GD), Rule.A22_DECISION_BY_CENTER_HEAD_ONLY);
        }

        @Test
        void a24_the_center_head_cannot_decide_before_the_gds_opinion() {
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)))
                    .when(new DecideLicenceDecision(OFFICE, "D1", true, null), HEAD), Rule.A24_DECISION_OUT_OF_ORDER);
        }

        @Test
        void a24_the_gd_gives_its_opinion_once() {
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)),
                    new LicenceDecisionOpinionGiven(OFFICE, "D1", true, null))
                    .when(new GiveLicenceOpinion(OFFICE, "D1", false, "نظر دوم"), GD), Rule.A24_DECISION_OUT_OF_ORDER);
        }

        @Test
        void a24_a_decision_is_decided_once() {
            refused(given(issuedHistory()).when(new DecideLicenceDecision(OFFICE, "D1", false, "بازنگری"), HEAD),
                    Rule.A24_DECISION_OUT_OF_ORDER);
        }

        @Test
        void a24_an_opinion_on_a_decision_never_proposed_is_refused() {
            refused(given(REGISTERED).when(new GiveLicenceOpinion(OFFICE, "D9", true, null), GD), Rule.A24_DECISION_UNKNOWN);
        }

        @Test
        void a24_a_decision_id_is_used_once() {
            refused(given(issuedHistory()).when(propose("D1", LicenceDecisionKind.RENEW,
                    LicenceTerms.until(EXPIRY.plus(Duration.ofDays(365)))), COUNCIL), Rule.A24_DECISION_ALREADY_PROPOSED);
        }

        @Test
        void a24_one_open_decision_at_a_time() {
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)))
                    .when(propose("D2", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)), COUNCIL),
                    Rule.A24_DECISION_PENDING);
        }

        @Test
        void a24_the_council_names_its_session() {
            refused(given(REGISTERED).when(new ProposeLicenceDecision(OFFICE, "D1", LicenceDecisionKind.ISSUE,
                    LicenceTerms.until(EXPIRY), " ", "دلایل"), COUNCIL), Rule.A24_REASON_REQUIRED);
        }

        @Test
        void a24_a_disagreeing_opinion_and_a_refusal_state_their_reasons() {
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)))
                    .when(new GiveLicenceOpinion(OFFICE, "D1", false, null), GD), Rule.A24_REASON_REQUIRED);
            refused(given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)),
                    new LicenceDecisionOpinionGiven(OFFICE, "D1", true, null))
                    .when(new DecideLicenceDecision(OFFICE, "D1", false, ""), HEAD), Rule.A24_REASON_REQUIRED);
        }

        @Test
        void a24_a_refused_decision_changes_nothing_and_the_next_may_be_proposed() {
            given(REGISTERED, proposed("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)),
                    new LicenceDecisionOpinionGiven(OFFICE, "D1", false, "شرایط احراز نشده"),
                    new LicenceDecisionDecided(OFFICE, "D1", LicenceDecisionKind.ISSUE, false, "شرایط احراز نشده"))
                    .when(propose("D2", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)), COUNCIL)
                    .expectEvents(proposed("D2", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)))
                    .expectState(office -> assertThat(office.licence().issued()).isFalse());
        }
    }

    @Nested
    @DisplayName("Each decision's terms and effect")
    class Effects {

        @Test
        void a24_an_issue_or_a_suspension_needs_a_time_in_the_future() {
            refused(given(REGISTERED).when(propose("D1", LicenceDecisionKind.ISSUE, LicenceTerms.until(NOW)), COUNCIL),
                    Rule.A24_TERMS_INVALID);
            refused(given(issuedHistory()).when(propose("D2", LicenceDecisionKind.SUSPEND, LicenceTerms.none()), COUNCIL),
                    Rule.A24_TERMS_INVALID);
        }

        @Test
        void a24_a_relocation_names_the_new_address() {
            refused(given(issuedHistory()).when(propose("D2", LicenceDecisionKind.RELOCATE, LicenceTerms.place(" ", "فارس")),
                    COUNCIL), Rule.A24_TERMS_INVALID);
        }

        @Test
        void a24_a_licence_is_issued_once_and_one_never_issued_cannot_be_renewed_suspended_or_revoked() {
            refused(given(issuedHistory()).when(propose("D2", LicenceDecisionKind.ISSUE, LicenceTerms.until(EXPIRY)), COUNCIL),
                    Rule.A24_DECISION_NOT_APPLICABLE);
            for (LicenceDecisionKind kind : List.of(LicenceDecisionKind.RENEW, LicenceDecisionKind.SUSPEND)) {
                refused(given(REGISTERED).when(propose("D1", kind, LicenceTerms.until(EXPIRY)), COUNCIL),
                        Rule.A24_DECISION_NOT_APPLICABLE);
            }
            refused(given(REGISTERED).when(propose("D1", LicenceDecisionKind.REVOKE, LicenceTerms.none()), COUNCIL),
                    Rule.A24_DECISION_NOT_APPLICABLE);
        }

        @Test
        void a24_a_renewal_moves_the_expiry_later() {
            Instant later = EXPIRY.plus(Duration.ofDays(365 * 5));
            List<Object> history = new ArrayList<>(List.of(issuedHistory()));
            history.addAll(approved("D2", LicenceDecisionKind.RENEW, LicenceTerms.until(later)).subList(0, 2));
            given(history.toArray()).when(new DecideLicenceDecision(OFFICE, "D2", true, null), HEAD)
                    .expectEvents(new LicenceDecisionDecided(OFFICE, "D2", LicenceDecisionKind.RENEW, true, null))
                    .expectState(office -> assertThat(office.licence().expiresAt()).isEqualTo(later));
            refused(given(issuedHistory()).when(propose("D2", LicenceDecisionKind.RENEW,
                    LicenceTerms.until(EXPIRY.minus(Duration.ofDays(1)))), COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
        }

        @Test
        void a35_an_approved_suspension_puts_the_licence_out_of_force_until_its_end() {
            given(suspendedHistory()).when(new EndLicenceSuspension(OFFICE), SYSTEM)
                    .expectException(violates(Rule.A35_SUSPENSION_NOT_ENDED));
            Licence licence = Office.licenceFrom(List.of(suspendedHistory()).stream().map(OfficeEvent.class::cast).toList());
            assertThat(licence.conditionAt(NOW)).isEqualTo(LicenceCondition.SUSPENDED);
            assertThat(licence.explainAt(NOW)).contains("suspended until " + SUSPENSION_END);
            assertThat(licence.conditionAt(SUSPENSION_END)).isEqualTo(LicenceCondition.IN_FORCE);
        }

        @Test
        void a35_the_suspension_is_lifted_at_the_end_of_its_period() {
            // the period has run: the clock stands at its end
            fixture.givenCurrentTime(SUSPENSION_END).andGiven(List.of(suspendedHistory()))
                    .when(new EndLicenceSuspension(OFFICE), SYSTEM)
                    .expectEvents(new LicenceSuspensionEnded(OFFICE, "D2", SUSPENSION_END))
                    .expectState(office -> {
                        assertThat(office.licence().suspendedUntil()).isNull();
                        assertThat(office.licence().inForceAt(SUSPENSION_END)).isTrue();
                    });
        }

        @Test
        void a35_a_suspension_ends_only_while_one_is_in_place() {
            refused(given(issuedHistory()).when(new EndLicenceSuspension(OFFICE), SYSTEM), Rule.A35_SUSPENSION_NOT_ENDED);
        }

        @Test
        void a24_a_licence_already_suspended_is_not_suspended_again() {
            refused(given(suspendedHistory()).when(propose("D3", LicenceDecisionKind.SUSPEND,
                    LicenceTerms.until(SUSPENSION_END.plusSeconds(60))), COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
        }

        @Test
        void a35_revocation_is_final_and_relinquishment_ends_the_licence() {
            List<Object> revoked = new ArrayList<>(List.of(issuedHistory()));
            revoked.addAll(approved("D2", LicenceDecisionKind.REVOKE, LicenceTerms.none()));
            refused(given(revoked.toArray()).when(propose("D3", LicenceDecisionKind.RENEW,
                    LicenceTerms.until(EXPIRY.plus(Duration.ofDays(30)))), COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
            Licence licence = Office.licenceFrom(revoked.stream().map(OfficeEvent.class::cast).toList());
            assertThat(licence.conditionAt(NOW)).isEqualTo(LicenceCondition.REVOKED);

            List<Object> relinquished = new ArrayList<>(List.of(issuedHistory()));
            relinquished.addAll(approved("D2", LicenceDecisionKind.RELINQUISH, LicenceTerms.none()));
            assertThat(Office.licenceFrom(relinquished.stream().map(OfficeEvent.class::cast).toList()).conditionAt(NOW))
                    .isEqualTo(LicenceCondition.RELINQUISHED);
        }

        @Test
        void a24_a_relocation_records_the_new_address_and_province() {
            List<Object> relocated = new ArrayList<>(List.of(issuedHistory()));
            relocated.addAll(approved("D2", LicenceDecisionKind.RELOCATE, LicenceTerms.place("شیراز، خیابان زند", "فارس")));
            Licence licence = Office.licenceFrom(relocated.stream().map(OfficeEvent.class::cast).toList());
            assertThat(licence.address()).isEqualTo("شیراز، خیابان زند");
            assertThat(licence.province()).isEqualTo("فارس");
            assertThat(licence.inForceAt(NOW)).isTrue();
        }

        @Test
        void a24_an_expired_licence_may_be_renewed_and_is_in_force_again() {
            Instant renewed = EXPIRY.plus(Duration.ofDays(365));
            List<Object> history = new ArrayList<>(List.of(issuedHistory()));
            history.addAll(approved("D2", LicenceDecisionKind.RENEW, LicenceTerms.until(renewed)).subList(0, 2));
            Instant afterExpiry = EXPIRY.plus(Duration.ofDays(10));
            fixture.givenCurrentTime(afterExpiry).andGiven(history)
                    .when(new DecideLicenceDecision(OFFICE, "D2", true, null), HEAD)
                    .expectEvents(new LicenceDecisionDecided(OFFICE, "D2", LicenceDecisionKind.RENEW, true, null))
                    .expectState(office -> assertThat(office.licence().inForceAt(afterExpiry)).isTrue());
        }

        @Test
        void a24_a_relocation_within_the_province_keeps_the_province() {
            List<Object> relocated = new ArrayList<>(List.of(issuedHistory()));
            relocated.addAll(approved("D2", LicenceDecisionKind.RELOCATE, LicenceTerms.place("شیراز، خیابان زند", "فارس")));
            relocated.addAll(approved("D3", LicenceDecisionKind.RELOCATE, LicenceTerms.place("شیراز، خیابان ارم", null)));
            Licence licence = Office.licenceFrom(relocated.stream().map(OfficeEvent.class::cast).toList());
            assertThat(licence.address()).isEqualTo("شیراز، خیابان ارم");
            assertThat(licence.province()).isEqualTo("فارس");
        }

        @Test
        void a24_an_approval_is_checked_again_at_the_decision_a_suspension_whose_end_has_passed_is_refused() {
            List<Object> history = new ArrayList<>(List.of(issuedHistory()));
            history.addAll(approved("D2", LicenceDecisionKind.SUSPEND, LicenceTerms.until(SUSPENSION_END)).subList(0, 2));
            refused(fixture.givenCurrentTime(SUSPENSION_END.plusSeconds(1)).andGiven(history)
                    .when(new DecideLicenceDecision(OFFICE, "D2", true, null), HEAD), Rule.A24_TERMS_INVALID);
        }

        @Test
        void a24_an_expired_licence_is_not_in_force() {
            Licence licence = Office.licenceFrom(List.of(issuedHistory()).stream().map(OfficeEvent.class::cast).toList());
            assertThat(licence.conditionAt(EXPIRY)).isEqualTo(LicenceCondition.EXPIRED);
            assertThat(licence.explainAt(EXPIRY)).contains("expired at " + EXPIRY);
        }
    }

    @Nested
    @DisplayName("A31: replacement after the manager relinquished the licence or died")
    class Replacement {

        static final Instant NEW_EXPIRY = EXPIRY.plus(Duration.ofDays(365));
        static final StaffMember MANAGER = new StaffMember(ir.daftar.core.party.NationalCode.parse("0011000015"),
                "مدیر دفتر", StaffRole.MANAGER, true);

        /** Issued, with its manager appointed. */
        private List<Object> managed() {
            List<Object> history = new ArrayList<>(List.of(issuedHistory()));
            history.add(new OfficeEvent.StaffMemberAppointed(OFFICE, MANAGER));
            return history;
        }

        private List<Object> relinquished() {
            List<Object> history = managed();
            history.addAll(approved("D2", LicenceDecisionKind.RELINQUISH, LicenceTerms.none()));
            return history;
        }

        private static OfficeEvent.StaffAppointmentEnded managerLeft(String reason) {
            return new OfficeEvent.StaffAppointmentEnded(OFFICE, MANAGER.nationalCode().value(), StaffRole.MANAGER, reason);
        }

        @Test
        void a31_after_relinquishment_and_the_managers_departure_the_office_is_given_a_licence_again_by_the_chain() {
            List<Object> history = relinquished();
            history.add(managerLeft("انصراف از پروانه"));
            given(history.toArray()).when(propose("D3", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)), COUNCIL)
                    .expectEvents(proposed("D3", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)));
            history.addAll(approved("D3", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)).subList(0, 2));
            given(history.toArray()).when(new DecideLicenceDecision(OFFICE, "D3", true, null), HEAD)
                    .expectEvents(new LicenceDecisionDecided(OFFICE, "D3", LicenceDecisionKind.REPLACE, true, null))
                    .expectState(office -> {
                        assertThat(office.licence().conditionAt(NOW)).isEqualTo(LicenceCondition.IN_FORCE);
                        assertThat(office.licence().expiresAt()).isEqualTo(NEW_EXPIRY);
                        // the office has no manager until the GD hires one (A15 refuses filings until then)
                        assertThat(office.staffing().meetsMinimum()).isFalse();
                    });
        }

        @Test
        void a31_after_the_managers_death_an_office_whose_licence_is_in_force_is_replaced() {
            List<Object> history = managed();
            history.add(managerLeft("فوت"));
            given(history.toArray()).when(propose("D2", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)), COUNCIL)
                    .expectEvents(proposed("D2", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)));
        }

        @Test
        void a31_not_while_the_manager_is_appointed_even_after_relinquishment() {
            refused(given(managed().toArray()).when(propose("D2", LicenceDecisionKind.REPLACE,
                    LicenceTerms.until(NEW_EXPIRY)), COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
            refused(given(relinquished().toArray()).when(propose("D3", LicenceDecisionKind.REPLACE,
                    LicenceTerms.until(NEW_EXPIRY)), COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
        }

        @Test
        void a31_a_revoked_licence_or_one_never_issued_is_not_replaced() {
            List<Object> revoked = managed();
            revoked.addAll(approved("D2", LicenceDecisionKind.REVOKE, LicenceTerms.none()));
            revoked.add(managerLeft("لغو پروانه"));
            refused(given(revoked.toArray()).when(propose("D3", LicenceDecisionKind.REPLACE,
                    LicenceTerms.until(NEW_EXPIRY)), COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
            refused(given(REGISTERED).when(propose("D1", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)),
                    COUNCIL), Rule.A24_DECISION_NOT_APPLICABLE);
        }

        @Test
        void a31_a_replacement_carries_the_new_expiry_in_the_future() {
            List<Object> history = relinquished();
            history.add(managerLeft("انصراف از پروانه"));
            refused(given(history.toArray()).when(propose("D3", LicenceDecisionKind.REPLACE, LicenceTerms.none()), COUNCIL),
                    Rule.A24_TERMS_INVALID);
        }

        @Test
        void a31_the_approval_is_checked_again_a_manager_hired_since_the_proposal_refuses_it() {
            List<Object> history = relinquished();
            history.add(managerLeft("انصراف از پروانه"));
            history.addAll(approved("D3", LicenceDecisionKind.REPLACE, LicenceTerms.until(NEW_EXPIRY)).subList(0, 2));
            history.add(new OfficeEvent.StaffMemberAppointed(OFFICE, MANAGER));
            refused(given(history.toArray()).when(new DecideLicenceDecision(OFFICE, "D3", true, null), HEAD),
                    Rule.A24_DECISION_NOT_APPLICABLE);
        }
    }
}
