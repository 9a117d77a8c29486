package ir.daftar.core.filing;

import static ir.daftar.core.filing.FilingTest.CLERK;
import static ir.daftar.core.filing.FilingTest.OFFICE_1;
import static ir.daftar.core.filing.FilingTest.STAFFING_1;
import static ir.daftar.core.filing.FilingTest.startAtOffice;
import static ir.daftar.core.filing.FilingTest.startedAtOffice;
import static ir.daftar.core.testing.RuleMatchers.violates;

import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.fee.TestTariffs;
import ir.daftar.core.office.Licence;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** A22/A24 (ADR 0900): the filing intake refuses an office that needs a licence and has none in force. */
class LicenceIntakeTest {

    static final Instant NOW = FilingTest.NOW;
    static final Instant LATER = NOW.plusSeconds(3600 * 24 * 365);
    static final Licence REQUIRED = new Licence(true, false, null, null, null, null, null);
    static final Licence IN_FORCE = new Licence(true, true, LATER, null, null, null, null);
    static final Licence SUSPENDED = new Licence(true, true, LATER, NOW.plusSeconds(60), null, null, null);
    static final Licence EXPIRED = new Licence(true, true, NOW.minusSeconds(1), null, null, null, null);

    private static AggregateTestFixture<Filing> fixtureWith(Licence licence) {
        OfficeDirectory directory = new OfficeDirectory() {
            @Override
            public Optional<OfficeStaffing> staffingOf(String officeId) {
                return OFFICE_1.equals(officeId) ? Optional.of(STAFFING_1) : Optional.empty();
            }

            @Override
            public Optional<Licence> licenceOf(String officeId) {
                return OFFICE_1.equals(officeId) ? Optional.of(licence) : Optional.empty();
            }
        };
        AggregateTestFixture<Filing> fixture = new AggregateTestFixture<>(Filing.class);
        fixture.registerInjectableResource(directory);
        fixture.registerInjectableResource(TestTariffs.tariffs());
        fixture.registerInjectableResource((TrackingCodeIssuer) id -> TrackingCode.random(new Random(FilingTest.SEED)));
        return fixture;
    }

    private static void refusedWith(Licence licence, String explanation) {
        fixtureWith(licence).givenCurrentTime(NOW).andGiven(java.util.List.of()).when(startAtOffice(), CLERK.asMetaData())
                .expectException(violates(Rule.A22_LICENCE_NOT_IN_FORCE))
                .expectException(Matchers.<Throwable>both(Matchers.instanceOf(RuleViolation.class))
                        .and(Matchers.hasProperty("message", Matchers.containsString(explanation))))
                .expectNoEvents();
    }

    @Test
    void a22_an_office_that_needs_a_licence_and_was_never_issued_one_is_refused_saying_so() {
        refusedWith(REQUIRED, "no licence was ever issued");
    }

    @Test
    void a22_an_office_whose_licence_is_suspended_is_refused_saying_until_when() {
        refusedWith(SUSPENDED, "suspended until " + NOW.plusSeconds(60));
    }

    @Test
    void a22_an_office_whose_licence_expired_is_refused_saying_when() {
        refusedWith(EXPIRED, "expired at " + NOW.minusSeconds(1));
    }

    @Test
    void a22_an_office_whose_licence_was_revoked_is_refused_saying_so() {
        refusedWith(new Licence(true, true, LATER, null, ir.daftar.core.office.LicenceCondition.REVOKED, null, null),
                "revoked");
    }

    @Test
    void a22_an_office_with_a_licence_in_force_receives_filings() {
        fixtureWith(IN_FORCE).givenCurrentTime(NOW).andGiven(java.util.List.of()).when(startAtOffice(), CLERK.asMetaData())
                .expectSuccessfulHandlerExecution().expectEvents(startedAtOffice());
    }

    @Test
    void a22_once_the_suspension_period_is_over_the_office_receives_filings_again() {
        fixtureWith(SUSPENDED).givenCurrentTime(NOW.plusSeconds(60)).andGiven(java.util.List.of()).when(startAtOffice(), CLERK.asMetaData())
                .expectEvents(startedAtOffice());
    }

    @Test
    void adr0900_an_office_never_asked_for_a_licence_keeps_receiving_filings() {
        fixtureWith(Licence.NONE).givenCurrentTime(NOW).andGiven(java.util.List.of()).when(startAtOffice(), CLERK.asMetaData())
                .expectEvents(startedAtOffice());
    }
}
