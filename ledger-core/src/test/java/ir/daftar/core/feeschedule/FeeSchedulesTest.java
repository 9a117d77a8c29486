package ir.daftar.core.feeschedule;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.feeschedule.FeeScheduleCommand.ConfirmFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleCommand.DecideFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleCommand.PostFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeSchedulePosted;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import java.util.Optional;
import ir.daftar.core.feeschedule.FeeScheduleCommand.GiveFeeScheduleOpinion;
import ir.daftar.core.feeschedule.FeeScheduleCommand.ProposeFeeSchedule;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleDecided;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleOpinionGiven;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Office service fee schedules: Council proposal, GD opinion, Center head approval, Head of the Judiciary (A22(c), A24). */
class FeeSchedulesTest {

    static final String ID = FeeSchedules.ID;
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant FROM = Instant.parse("2026-03-21T00:00:00Z");
    static final Map<String, Long> FEES = new TreeMap<>(Map.of("PETITION_FILING", 250_000L, "DOCUMENT_PAGE", 20_000L));
    static final Map<String, String> COUNCIL = new Actor("0011000101", ActorRole.COUNCIL_MEMBER, null).asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> JUDICIARY = new Actor("0011000104", ActorRole.HEAD_OF_JUDICIARY, null).asMetaData();
    static final FeeScheduleProposed PROPOSED = new FeeScheduleProposed(ID, 1, FROM, FEES, "جلسه ۱۲", "تورم سالانه");
    static final FeeScheduleOpinionGiven OPINION = new FeeScheduleOpinionGiven(ID, 1, true, null);
    static final FeeScheduleDecided APPROVED = new FeeScheduleDecided(ID, 1, true, null);
    static final FeeScheduleConfirmed CONFIRMED = new FeeScheduleConfirmed(ID, 1, true, null);

    // ---- A37-1: postings (ADR 0921, revisited) ----
    static final String OFFICE = "OFF-101";
    static final String CLERK = "0011000041";
    static final OfficeDirectory OFFICES = id -> OFFICE.equals(id) ? Optional.of(new OfficeStaffing(OFFICE, List.of(
            new StaffMember(new NationalCode(CLERK), "حسین", StaffRole.CLERK, true)), MinimumStaffing.REGULATION))
            : Optional.empty();
    static final Map<String, String> OFFICE_CLERK = new Actor(CLERK, ActorRole.OFFICE_CLERK, OFFICE).asMetaData();

    private AggregateTestFixture<FeeSchedules> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FeeSchedules.class);
        fixture.registerInjectableResource(OFFICES);
    }

    private TestExecutor<FeeSchedules> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    private static ResultValidator<FeeSchedules> refused(ResultValidator<FeeSchedules> result, Rule rule) {
        return result.expectException(violates(rule)).expectNoEvents();
    }

    static ProposeFeeSchedule propose(int version, Instant from, Map<String, Long> fees) {
        return new ProposeFeeSchedule(ID, version, from, fees, "جلسه ۱۲", "تورم سالانه");
    }

    @Nested
    class Proposal {

        @Test
        void the_council_proposes_the_first_version() {
            fixture.givenCurrentTime(NOW).when(propose(1, FROM, FEES), COUNCIL).expectEvents(PROPOSED);
        }

        @Test
        void a24_only_the_council_proposes() {
            refused(fixture.givenCurrentTime(NOW).when(propose(1, FROM, FEES), GD), Rule.A24_FEES_BY_COUNCIL_ONLY);
        }

        @Test
        void a24_the_next_version_in_the_future_with_services_and_amounts() {
            refused(fixture.givenCurrentTime(NOW).when(propose(2, FROM, FEES), COUNCIL), Rule.A24_FEES_INVALID);
            refused(fixture.givenCurrentTime(NOW).when(propose(1, NOW.minusSeconds(1), FEES), COUNCIL), Rule.A24_FEES_INVALID);
            refused(fixture.givenCurrentTime(NOW).when(propose(1, FROM, Map.of()), COUNCIL), Rule.A24_FEES_INVALID);
            refused(fixture.givenCurrentTime(NOW).when(propose(1, FROM, Map.of("PETITION_FILING", -1L)), COUNCIL),
                    Rule.A24_FEES_INVALID);
            refused(fixture.givenCurrentTime(NOW).when(propose(1, FROM, Map.of("a b", 1L)), COUNCIL), Rule.A24_FEES_INVALID);
        }

        @Test
        void a24_a_version_takes_effect_after_the_last_confirmed_one() {
            refused(given(PROPOSED, OPINION, APPROVED, CONFIRMED).when(propose(2, FROM, FEES), COUNCIL),
                    Rule.A24_FEES_INVALID);
            given(PROPOSED, OPINION, APPROVED, CONFIRMED).when(propose(2, FROM.plusSeconds(86_400), FEES), COUNCIL)
                    .expectEvents(new FeeScheduleProposed(ID, 2, FROM.plusSeconds(86_400), FEES, "جلسه ۱۲", "تورم سالانه"));
        }

        @Test
        void a24_one_version_open_at_a_time() {
            refused(given(PROPOSED).when(propose(2, FROM.plusSeconds(60), FEES), COUNCIL), Rule.A24_FEES_OUT_OF_ORDER);
        }

        @Test
        void a24_a_proposal_names_its_session_and_reasons() {
            refused(fixture.givenCurrentTime(NOW).when(new ProposeFeeSchedule(ID, 1, FROM, FEES, " ", "دلیل"), COUNCIL),
                    Rule.A24_FEES_REASON_REQUIRED);
        }
    }

    @Nested
    class Chain {

        @Test
        void a22_the_gd_gives_its_opinion_after_the_proposal_once() {
            given(PROPOSED).when(new GiveFeeScheduleOpinion(ID, 1, true, null), GD).expectEvents(OPINION);
            refused(given(PROPOSED, OPINION).when(new GiveFeeScheduleOpinion(ID, 1, true, null), GD),
                    Rule.A24_FEES_OUT_OF_ORDER);
            refused(given(PROPOSED).when(new GiveFeeScheduleOpinion(ID, 1, true, null), HEAD), Rule.A22_FEES_OPINION_BY_GD_ONLY);
            refused(given(PROPOSED).when(new GiveFeeScheduleOpinion(ID, 1, false, null), GD), Rule.A24_FEES_REASON_REQUIRED);
        }

        @Test
        void a22_the_center_head_approves_after_the_opinion() {
            refused(given(PROPOSED).when(new DecideFeeSchedule(ID, 1, true, null), HEAD), Rule.A24_FEES_OUT_OF_ORDER);
            refused(given(PROPOSED, OPINION).when(new DecideFeeSchedule(ID, 1, true, null), GD),
                    Rule.A22_FEES_APPROVAL_BY_CENTER_HEAD_ONLY);
            given(PROPOSED, OPINION).when(new DecideFeeSchedule(ID, 1, true, null), HEAD).expectEvents(APPROVED);
        }

        @Test
        void a22_the_head_of_the_judiciary_confirms_an_approved_version_before_its_date() {
            refused(given(PROPOSED, OPINION).when(new ConfirmFeeSchedule(ID, 1, true, null), JUDICIARY),
                    Rule.A24_FEES_OUT_OF_ORDER);
            refused(given(PROPOSED, OPINION, APPROVED).when(new ConfirmFeeSchedule(ID, 1, true, null), HEAD),
                    Rule.A22_FEES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY);
            given(PROPOSED, OPINION, APPROVED).when(new ConfirmFeeSchedule(ID, 1, true, null), JUDICIARY)
                    .expectEvents(CONFIRMED);
            refused(fixture.givenCurrentTime(FROM.plusSeconds(1)).andGiven(List.of(PROPOSED, OPINION, APPROVED))
                    .when(new ConfirmFeeSchedule(ID, 1, true, null), JUDICIARY), Rule.A24_FEES_INVALID);
        }

        @Test
        void a_refused_version_closes_and_the_next_may_be_proposed() {
            given(PROPOSED, OPINION, new FeeScheduleDecided(ID, 1, false, "مبالغ زیاد است"))
                    .when(propose(2, FROM, FEES), COUNCIL)
                    .expectEvents(new FeeScheduleProposed(ID, 2, FROM, FEES, "جلسه ۱۲", "تورم سالانه"));
            refused(given(PROPOSED, OPINION).when(new DecideFeeSchedule(ID, 1, false, ""), HEAD), Rule.A24_FEES_REASON_REQUIRED);
        }
    }

    @Test
    void the_schedule_in_force_is_the_last_confirmed_version_effective_by_then() {
        ConfirmedSchedule v1 = new ConfirmedSchedule(1, FROM, FEES);
        ConfirmedSchedule v2 = new ConfirmedSchedule(2, FROM.plusSeconds(86_400), Map.of("PETITION_FILING", 300_000L));
        assertThat(FeeSchedules.inForceAt(List.of(v1, v2), FROM.minusSeconds(1))).isEmpty();
        assertThat(FeeSchedules.inForceAt(List.of(v1, v2), FROM)).contains(v1);
        assertThat(FeeSchedules.inForceAt(List.of(v1, v2), FROM.plusSeconds(86_400))).contains(v2);
    }

    @Nested
    class Posting {

        private TestExecutor<FeeSchedules> confirmed(Instant now) {
            return fixture.givenCurrentTime(NOW).andGiven(List.of(PROPOSED, OPINION, APPROVED, CONFIRMED))
                    .andGivenCurrentTime(now);
        }

        @Test
        void a37_1_the_office_posts_the_version_in_force_and_the_posting_names_who() {
            confirmed(FROM.plusSeconds(60)).when(new PostFeeSchedule(ID, 1, OFFICE), OFFICE_CLERK)
                    .expectEvents(new FeeSchedulePosted(ID, 1, OFFICE, CLERK));
        }

        @Test
        void a37_1_only_the_staff_of_that_office_post_it() {
            refused(confirmed(FROM.plusSeconds(60)).when(new PostFeeSchedule(ID, 1, "OFF-202"), OFFICE_CLERK),
                    Rule.A37_1_POSTING_BY_OFFICE_STAFF_ONLY);
            refused(confirmed(FROM.plusSeconds(60)).when(new PostFeeSchedule(ID, 1, OFFICE), GD),
                    Rule.A37_1_POSTING_BY_OFFICE_STAFF_ONLY);
            Map<String, String> stranger = new Actor("0011000042", ActorRole.OFFICE_CLERK, OFFICE).asMetaData();
            refused(confirmed(FROM.plusSeconds(60)).when(new PostFeeSchedule(ID, 1, OFFICE), stranger),
                    Rule.A37_1_POSTING_BY_OFFICE_STAFF_ONLY);
        }

        @Test
        void a37_1_only_the_version_in_force_is_posted_once_per_office() {
            refused(confirmed(FROM.minusSeconds(60)).when(new PostFeeSchedule(ID, 1, OFFICE), OFFICE_CLERK),
                    Rule.A37_1_SCHEDULE_NOT_POSTABLE);
            refused(confirmed(FROM.plusSeconds(60)).when(new PostFeeSchedule(ID, 2, OFFICE), OFFICE_CLERK),
                    Rule.A37_1_SCHEDULE_NOT_POSTABLE);
            refused(fixture.givenCurrentTime(NOW).andGiven(List.of(PROPOSED, OPINION, APPROVED, CONFIRMED,
                            new FeeSchedulePosted(ID, 1, OFFICE, CLERK))).andGivenCurrentTime(FROM.plusSeconds(60))
                    .when(new PostFeeSchedule(ID, 1, OFFICE), OFFICE_CLERK), Rule.A37_1_SCHEDULE_NOT_POSTABLE);
        }
    }
}
