package ir.daftar.core.filing;

import static ir.daftar.core.filing.FilingTest.CLERK;
import static ir.daftar.core.filing.FilingTest.CLERK_1;
import static ir.daftar.core.filing.FilingTest.CLERK_OF_OFFICE_2;
import static ir.daftar.core.filing.FilingTest.FILING_ID;
import static ir.daftar.core.filing.FilingTest.NOW;
import static ir.daftar.core.filing.FilingTest.OFFICE_1;
import static ir.daftar.core.filing.FilingTest.officeOpened;
import static ir.daftar.core.filing.FilingTest.officeSubmitted;
import static ir.daftar.core.filing.FilingTest.startedAtOffice;
import static ir.daftar.core.testing.RuleMatchers.violates;

import ir.daftar.core.common.Rule;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed;
import ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed;
import ir.daftar.core.feeschedule.FeeSchedules;
import ir.daftar.core.feeschedule.OfficeFeeSchedules;
import ir.daftar.core.feeschedule.ScheduleHistory;
import ir.daftar.core.filing.FilingCommand.ChargeOfficeService;
import ir.daftar.core.filing.FilingEvent.OfficeServiceCharged;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A37-12, A22(c) (ADR 0921, revisited): an office service charged at the counter against the schedule in force, its
 * version recorded; above it, for a service it does not name, or with no schedule in force, refused with nothing
 * recorded.
 */
class OfficeServiceChargeTest {

    static final String SCHEDULES = FeeSchedules.ID;
    static final Map<String, Long> V1 = new TreeMap<>(Map.of("PETITION_FILING", 250_000L, "DOCUMENT_PAGE", 20_000L));
    static final Map<String, Long> V2 = new TreeMap<>(Map.of("PETITION_FILING", 300_000L, "DOCUMENT_PAGE", 25_000L));

    /** Version 1 in force a month before NOW; version 2 confirmed to take effect a day after NOW. */
    static ScheduleHistory history() {
        return ScheduleHistory.of(List.of(
                new FeeScheduleProposed(SCHEDULES, 1, NOW.minus(Duration.ofDays(30)), V1, "جلسه ۱", "تورم"),
                new FeeScheduleConfirmed(SCHEDULES, 1, true, null),
                new FeeScheduleProposed(SCHEDULES, 2, NOW.plus(Duration.ofDays(1)), V2, "جلسه ۲", "تورم"),
                new FeeScheduleConfirmed(SCHEDULES, 2, true, null)));
    }

    private AggregateTestFixture<Filing> fixture;

    @BeforeEach
    void setUp() {
        fixture = FilingTest.newFixture();
        fixture.registerInjectableResource(OfficeFeeSchedules.of(history()));
    }

    private ResultValidator<Filing> when(ChargeOfficeService command, Map<String, ?> actor) {
        return fixture.givenCurrentTime(NOW).andGiven(officeOpened()).when(command, actor);
    }

    private static void refusedNaming(ResultValidator<Filing> result, Rule rule, String field) {
        result.expectNoEvents().expectException(violates(rule, field));
    }

    static ChargeOfficeService charge(String service, long amount) {
        return new ChargeOfficeService(FILING_ID, service, amount, "RCPT-9001");
    }

    @Test
    void a37_12_a_charge_at_the_schedule_in_force_records_its_version_and_amount() {
        when(charge("PETITION_FILING", 250_000L), CLERK.asMetaData()).expectEvents(new OfficeServiceCharged(FILING_ID,
                OFFICE_1, "PETITION_FILING", 250_000L, 1, 250_000L, "RCPT-9001", CLERK_1));
    }

    @Test
    void a37_12_a_charge_below_the_schedule_is_accepted() {
        when(charge("DOCUMENT_PAGE", 15_000L), CLERK.asMetaData()).expectEvents(new OfficeServiceCharged(FILING_ID,
                OFFICE_1, "DOCUMENT_PAGE", 15_000L, 1, 20_000L, "RCPT-9001", CLERK_1));
    }

    @Test
    void a37_12_a_charge_above_the_schedule_in_force_is_refused_even_when_the_next_version_allows_it() {
        refusedNaming(when(charge("PETITION_FILING", 250_001L), CLERK.asMetaData()),
                Rule.A37_12_OFFICE_FEE_ABOVE_SCHEDULE, "amountRials");
        refusedNaming(when(charge("PETITION_FILING", 300_000L), CLERK.asMetaData()),
                Rule.A37_12_OFFICE_FEE_ABOVE_SCHEDULE, "amountRials");
    }

    @Test
    void a37_12_a_service_the_schedule_does_not_name_is_refused() {
        refusedNaming(when(charge("NOTARISATION", 10_000L), CLERK.asMetaData()), Rule.A37_12_SERVICE_NOT_IN_SCHEDULE,
                "service");
        refusedNaming(when(charge("lower-case", 10_000L), CLERK.asMetaData()), Rule.A37_12_SERVICE_NOT_IN_SCHEDULE,
                "service");
    }

    @Test
    void a37_12_with_no_schedule_in_force_nothing_is_charged() {
        fixture = FilingTest.newFixture();
        fixture.registerInjectableResource(OfficeFeeSchedules.of(new ScheduleHistory()));
        refusedNaming(when(charge("PETITION_FILING", 0L), CLERK.asMetaData()), Rule.A37_12_SERVICE_NOT_IN_SCHEDULE,
                "service");
    }

    @Test
    void a37_6_a_charge_comes_with_a_receipt() {
        refusedNaming(when(new ChargeOfficeService(FILING_ID, "DOCUMENT_PAGE", 1L, null), CLERK.asMetaData()),
                Rule.A37_6_RECEIPT_REQUIRED, "receiptNumber");
    }

    @Test
    void a6_only_the_staff_of_the_office_holding_the_filing_charge() {
        refusedNaming(when(charge("DOCUMENT_PAGE", 1L), CLERK_OF_OFFICE_2.asMetaData()), Rule.A6_OTHER_OFFICE, null);
    }

    @Test
    void a6_identity_is_verified_before_a_charge() {
        fixture.givenCurrentTime(NOW).andGiven(startedAtOffice()).when(charge("DOCUMENT_PAGE", 1L), CLERK.asMetaData())
                .expectNoEvents().expectException(violates(Rule.A6_IDENTITY_NOT_VERIFIED, null));
    }

    @Test
    void a5_nothing_is_charged_on_a_submitted_filing() {
        fixture.givenCurrentTime(NOW).andGiven(officeSubmitted()).when(charge("DOCUMENT_PAGE", 1L), CLERK.asMetaData())
                .expectNoEvents().expectException(violates(Rule.A5_ALREADY_SUBMITTED));
    }
}
