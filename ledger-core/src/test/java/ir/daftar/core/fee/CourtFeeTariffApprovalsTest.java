package ir.daftar.core.fee;

import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.assertj.core.api.Assertions.assertThat;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.fee.TariffCommand.ConfirmCourtFeeTariff;
import ir.daftar.core.fee.TariffCommand.DecideCourtFeeTariff;
import ir.daftar.core.fee.TariffCommand.GiveCourtFeeTariffOpinion;
import ir.daftar.core.fee.TariffCommand.ProposeCourtFeeTariff;
import ir.daftar.core.fee.TariffCommand.RecordShippedCourtFeeTariff;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffConfirmed;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffDecided;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffOpinionGiven;
import ir.daftar.core.fee.TariffEvent.CourtFeeTariffProposed;
import ir.daftar.core.fee.TariffEvent.ShippedCourtFeeTariffRecorded;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The court-fee tariffs' approval trail (A22(c); ADR 0921, revisited): the same four steps as the office service fee
 * schedules, through the shared {@code ApprovalChain}; shipped tariffs recorded as approved by the system.
 */
class CourtFeeTariffApprovalsTest {

    static final String ID = CourtFeeTariffApprovals.ID;
    static final Instant NOW = TestTariffs.FROM_1404.minusSeconds(86_400);
    static final Map<String, String> COUNCIL = new Actor("0011000101", ActorRole.COUNCIL_MEMBER, null).asMetaData();
    static final Map<String, String> GD = new Actor("0011000102", ActorRole.GD_OFFICER, null).asMetaData();
    static final Map<String, String> HEAD = new Actor("0011000103", ActorRole.CENTER_HEAD, null).asMetaData();
    static final Map<String, String> JUDICIARY = new Actor("0011000104", ActorRole.HEAD_OF_JUDICIARY, null).asMetaData();
    static final Map<String, String> SYSTEM = new Actor("system", ActorRole.SYSTEM, null).asMetaData();
    static final CourtFeeTariff T1404 = TestTariffs.TARIFF_1404;
    static final ShippedCourtFeeTariffRecorded SHIPPED_1403 = new ShippedCourtFeeTariffRecorded(ID, TestTariffs.TARIFF_1403,
            "court-fee-1403.json");
    static final CourtFeeTariffProposed PROPOSED = new CourtFeeTariffProposed(ID, T1404, "جلسه ۱۲", "قانون بودجه");
    static final CourtFeeTariffOpinionGiven OPINION = new CourtFeeTariffOpinionGiven(ID, "1404", true, null);
    static final CourtFeeTariffDecided APPROVED = new CourtFeeTariffDecided(ID, "1404", true, null);
    static final CourtFeeTariffConfirmed CONFIRMED = new CourtFeeTariffConfirmed(ID, "1404", true, null);

    private AggregateTestFixture<CourtFeeTariffApprovals> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CourtFeeTariffApprovals.class);
    }

    private TestExecutor<CourtFeeTariffApprovals> given(Object... events) {
        return fixture.givenCurrentTime(NOW).andGiven(List.of(events));
    }

    private static void refused(ResultValidator<CourtFeeTariffApprovals> result, Rule rule) {
        result.expectException(violates(rule)).expectNoEvents();
    }

    static ProposeCourtFeeTariff propose(CourtFeeTariff tariff) {
        return new ProposeCourtFeeTariff(ID, tariff, "جلسه ۱۲", "قانون بودجه");
    }

    @Test
    void a22_a_version_goes_council_gd_center_head_head_of_the_judiciary() {
        given(SHIPPED_1403).when(propose(T1404), COUNCIL).expectEvents(PROPOSED);
        given(SHIPPED_1403, PROPOSED).when(new GiveCourtFeeTariffOpinion(ID, "1404", true, null), GD).expectEvents(OPINION);
        given(SHIPPED_1403, PROPOSED, OPINION).when(new DecideCourtFeeTariff(ID, "1404", true, null), HEAD)
                .expectEvents(APPROVED);
        given(SHIPPED_1403, PROPOSED, OPINION, APPROVED).when(new ConfirmCourtFeeTariff(ID, "1404", true, null), JUDICIARY)
                .expectEvents(CONFIRMED);
    }

    @Test
    void a22_each_step_by_its_role_and_in_order_the_shared_chain() {
        refused(given(SHIPPED_1403).when(propose(T1404), GD), Rule.A24_FEES_BY_COUNCIL_ONLY);
        refused(given(SHIPPED_1403, PROPOSED).when(new GiveCourtFeeTariffOpinion(ID, "1404", true, null), HEAD),
                Rule.A22_FEES_OPINION_BY_GD_ONLY);
        refused(given(SHIPPED_1403, PROPOSED).when(new DecideCourtFeeTariff(ID, "1404", true, null), HEAD),
                Rule.A24_FEES_OUT_OF_ORDER);
        refused(given(SHIPPED_1403, PROPOSED, OPINION, APPROVED).when(new ConfirmCourtFeeTariff(ID, "1404", true, null), HEAD),
                Rule.A22_FEES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY);
        refused(given(SHIPPED_1403, PROPOSED).when(propose(T1404), COUNCIL), Rule.A24_FEES_OUT_OF_ORDER);
        refused(given(SHIPPED_1403, PROPOSED, OPINION).when(new DecideCourtFeeTariff(ID, "1404", false, " "), HEAD),
                Rule.A24_FEES_REASON_REQUIRED);
    }

    @Test
    void a22_a_version_is_new_future_later_than_the_last_and_confirmed_before_its_date() {
        refused(given(SHIPPED_1403).when(propose(TestTariffs.TARIFF_1403), COUNCIL), Rule.A22_TARIFF_INVALID);
        refused(fixture.givenCurrentTime(TestTariffs.FROM_1404.plusSeconds(1)).andGiven(List.of(SHIPPED_1403))
                .when(propose(T1404), COUNCIL), Rule.A22_TARIFF_INVALID);
        refused(fixture.givenCurrentTime(NOW).andGiven(List.of(SHIPPED_1403, PROPOSED, OPINION, APPROVED))
                .andGivenCurrentTime(TestTariffs.FROM_1404.plusSeconds(1))
                .when(new ConfirmCourtFeeTariff(ID, "1404", true, null), JUDICIARY), Rule.A22_TARIFF_INVALID);
    }

    @Test
    void a_refused_version_closes_and_is_never_approved() {
        CourtFeeTariffDecided refusal = new CourtFeeTariffDecided(ID, "1404", false, "مغایر قانون");
        given(SHIPPED_1403, PROPOSED, OPINION).when(new DecideCourtFeeTariff(ID, "1404", false, "مغایر قانون"), HEAD)
                .expectEvents(refusal);
        assertThat(CourtFeeTariffApprovals.approvedIn(List.of(SHIPPED_1403, PROPOSED, OPINION, refusal)))
                .containsExactly(TestTariffs.TARIFF_1403);
        assertThat(CourtFeeTariffApprovals.approvedIn(List.of(SHIPPED_1403, PROPOSED, OPINION, APPROVED)))
                .containsExactly(TestTariffs.TARIFF_1403);
        assertThat(CourtFeeTariffApprovals.approvedIn(List.of(SHIPPED_1403, PROPOSED, OPINION, APPROVED, CONFIRMED)))
                .containsExactly(TestTariffs.TARIFF_1403, T1404);
    }

    @Test
    void shipped_tariffs_are_recorded_by_the_system_once() {
        fixture.givenNoPriorActivity().when(new RecordShippedCourtFeeTariff(ID, TestTariffs.TARIFF_1403,
                "court-fee-1403.json"), SYSTEM).expectEvents(SHIPPED_1403);
        given(SHIPPED_1403).when(new RecordShippedCourtFeeTariff(ID, TestTariffs.TARIFF_1403, "court-fee-1403.json"), SYSTEM)
                .expectNoEvents().expectSuccessfulHandlerExecution();
        refused(fixture.givenNoPriorActivity().when(new RecordShippedCourtFeeTariff(ID, TestTariffs.TARIFF_1403,
                "court-fee-1403.json"), COUNCIL), Rule.A22_TARIFF_INVALID);
        refused(given(SHIPPED_1403, PROPOSED).when(new RecordShippedCourtFeeTariff(ID, T1404, "court-fee-1404.json"),
                SYSTEM), Rule.A22_TARIFF_INVALID);
    }
}
