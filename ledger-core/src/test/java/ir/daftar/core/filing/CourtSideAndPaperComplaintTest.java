package ir.daftar.core.filing;

import ir.daftar.core.common.FilingKind;
import static ir.daftar.core.testing.Cases.ACCUSED;
import static ir.daftar.core.testing.Cases.CLERK;
import static ir.daftar.core.testing.Cases.CODE;
import static ir.daftar.core.testing.Cases.COMPLAINANT;
import static ir.daftar.core.testing.Cases.DOCUMENT;
import static ir.daftar.core.testing.Cases.FILING;
import static ir.daftar.core.testing.Cases.NOW;
import static ir.daftar.core.testing.Cases.OTHER_COURT_STAFF;
import static ir.daftar.core.testing.Cases.PROSECUTOR;
import static ir.daftar.core.testing.Cases.PROSECUTOR_STAFF;
import static ir.daftar.core.testing.Refusal.refusedBy;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.predicate;

import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.filing.FilingCommand.RegisterAsCase;
import ir.daftar.core.filing.FilingCommand.RegisterPaperComplaint;
import ir.daftar.core.filing.FilingCommand.ReturnFiling;
import ir.daftar.core.filing.FilingCommand.VerifyDocumentConformity;
import ir.daftar.core.filing.FilingEvent.ContactDetailsRegistered;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.PaperComplaintRegistered;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.testing.Cases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The court side of a filing (A13) and complaints lodged on paper (A11). */
class CourtSideAndPaperComplaintTest {

    private static final LocalDate TODAY_IN_TEHRAN = LocalDate.of(2026, 5, 10);
    private static final Instant LODGED = NOW.minus(Duration.ofDays(3));
    private static final ContactDetails CONTACT =
            new ContactDetails(MobileNumber.parse("09121234567"), ElectronicAddress.parse("sana:1234567890"));

    private FixtureConfiguration<Filing> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Filing.class);
        fixture.registerInjectableResource(Cases.issuer());
        fixture.registerInjectableResource((OfficeDirectory) officeId -> Optional.empty());
    }

    private static FilingStarted officeComplaint() {
        return new FilingStarted(FILING, FilingRoute.OFFICE, FilingKind.COMPLAINT, null, null, COMPLAINANT, List.of(ACCUSED),
                PROSECUTOR, "شکایت کیفری", "OFF-1001", "fingerprint");
    }

    private static SubmittedToCompetentAuthority submitted() {
        return new SubmittedToCompetentAuthority(FILING, PROSECUTOR, "OFF-1001", CLERK.id());
    }

    private static RegisterAsCase register(LocalDate on) {
        return new RegisterAsCase(FILING, "۱۴۰۵-۱۲۳", "شعبه ۳ بازپرسی", on);
    }

    @Nested
    class RegisterAsCaseCommand {

        @Test
        void a13_the_competent_authority_registers_a_submitted_filing_as_a_case() {
            fixture.given(officeComplaint(), submitted()).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), PROSECUTOR_STAFF.asMetaData())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new RegisteredAsCase(FILING, PROSECUTOR.id(), "1405-123", "شعبه ۳ بازپرسی", TODAY_IN_TEHRAN,
                            PROSECUTOR_STAFF.id()));
        }

        @Test
        void a13_a_filing_not_yet_submitted_cannot_be_registered() {
            fixture.given(officeComplaint()).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_NOT_WITH_AUTHORITY));
        }

        @Test
        void a13_staff_of_another_authority_cannot_register_it() {
            fixture.given(officeComplaint(), submitted()).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), OTHER_COURT_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_OTHER_AUTHORITY));
        }

        @Test
        void a13_office_staff_cannot_register_it() {
            fixture.given(officeComplaint(), submitted()).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), CLERK.asMetaData())
                    .expectException(refusedBy(Rule.A13_OTHER_AUTHORITY));
        }

        @Test
        void a13_a_case_is_not_registered_on_a_day_that_has_not_come() {
            fixture.given(officeComplaint(), submitted()).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN.plusDays(1)), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_REGISTRATION_DATE_IN_FUTURE));
        }

        @Test
        void a13_a_filing_is_registered_once() {
            fixture.given(officeComplaint(), submitted(), new RegisteredAsCase(FILING, PROSECUTOR.id(), "1405-1", "شعبه ۱",
                            TODAY_IN_TEHRAN, PROSECUTOR_STAFF.id())).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_ALREADY_DECIDED));
        }

        @Test
        void a13_a_returned_filing_cannot_be_registered() {
            fixture.given(officeComplaint(), submitted(), new FilingReturned(FILING, PROSECUTOR.id(), "ناقص", PROSECUTOR_STAFF.id()))
                    .andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_ALREADY_DECIDED));
        }
    }

    @Nested
    class ReturnFilingCommand {

        @Test
        void a13_the_competent_authority_returns_a_submitted_filing_with_its_reason() {
            fixture.given(officeComplaint(), submitted())
                    .when(new ReturnFiling(FILING, "مرجع صالح نیست"), PROSECUTOR_STAFF.asMetaData())
                    .expectEvents(new FilingReturned(FILING, PROSECUTOR.id(), "مرجع صالح نیست", PROSECUTOR_STAFF.id()));
        }

        @Test
        void a13_a_filing_not_yet_submitted_cannot_be_returned() {
            fixture.given(officeComplaint())
                    .when(new ReturnFiling(FILING, "ناقص"), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_NOT_WITH_AUTHORITY));
        }

        @Test
        void a13_staff_of_another_authority_cannot_return_it() {
            fixture.given(officeComplaint(), submitted())
                    .when(new ReturnFiling(FILING, "ناقص"), OTHER_COURT_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_OTHER_AUTHORITY));
        }

        @Test
        void a13_a_registered_case_cannot_be_returned() {
            fixture.given(officeComplaint(), submitted(), new RegisteredAsCase(FILING, PROSECUTOR.id(), "1405-1", "شعبه ۱",
                            TODAY_IN_TEHRAN, PROSECUTOR_STAFF.id()))
                    .when(new ReturnFiling(FILING, "ناقص"), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A13_ALREADY_DECIDED));
        }
    }

    @Nested
    class RegisterPaperComplaintCommand {

        private RegisterPaperComplaint paperComplaint(Instant lodgedAt) {
            return new RegisterPaperComplaint(FILING, COMPLAINANT, List.of(ACCUSED), PROSECUTOR, "شکايت ضرب و جرح", lodgedAt,
                    "P-1405/77", List.of(DOCUMENT), CONTACT);
        }

        @Test
        void a11_a_paper_complaint_is_registered_with_when_it_was_lodged_and_gets_a_tracking_code() {
            fixture.givenCurrentTime(NOW)
                    .when(paperComplaint(LODGED), PROSECUTOR_STAFF.asMetaData())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(CODE)
                    .expectEventsMatching(exactSequenceOf(
                            predicate((EventMessage<?> m) -> m.getPayload() instanceof FilingStarted started
                                    && started.route() == FilingRoute.PAPER && started.kind() == FilingKind.COMPLAINT
                                    && started.subject().equals("شکایت ضرب و جرح")
                                    && LODGED.toString().equals(m.getMetaData().get(MetaDataKeys.OCCURRED_AT))),
                            predicate((EventMessage<?> m) -> m.getPayload().equals(new PaperComplaintRegistered(FILING,
                                    PROSECUTOR.id(), "P-1405/77", List.of(DOCUMENT), PROSECUTOR_STAFF.id()))
                                    && !m.getMetaData().containsKey(MetaDataKeys.OCCURRED_AT)),
                            predicate((EventMessage<?> m) -> m.getPayload().equals(
                                    new ContactDetailsRegistered(FILING, CONTACT, PROSECUTOR_STAFF.id()))),
                            predicate((EventMessage<?> m) -> m.getPayload().equals(new TrackingCodeIssued(FILING, CODE, null, null))),
                            andNoMore()));
        }

        @Test
        void a11_a_paper_complaint_lodged_in_the_future_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .when(paperComplaint(NOW.plusSeconds(60)), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A11_LODGED_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void a11_only_staff_of_the_authority_it_was_lodged_with_register_it() {
            fixture.givenCurrentTime(NOW)
                    .when(paperComplaint(LODGED), OTHER_COURT_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A11_AUTHORITY_STAFF_ONLY));
            fixture.givenCurrentTime(NOW)
                    .when(paperComplaint(LODGED), CLERK.asMetaData())
                    .expectException(refusedBy(Rule.A11_AUTHORITY_STAFF_ONLY));
        }

        @Test
        void a11_a_paper_complaint_is_registered_with_its_electronic_copy() {
            fixture.givenCurrentTime(NOW)
                    .when(new RegisterPaperComplaint(FILING, COMPLAINANT, List.of(), PROSECUTOR, "شکایت", LODGED, "P-1",
                            List.of(), null), PROSECUTOR_STAFF.asMetaData())
                    .expectException(refusedBy(Rule.A5_NO_DOCUMENTS));
        }

        @Test
        void a11_the_paper_complaint_continues_electronically_and_is_registered_as_a_case() {
            fixture.given(paperEvents()).andGivenCurrentTime(NOW)
                    .when(register(TODAY_IN_TEHRAN), PROSECUTOR_STAFF.asMetaData())
                    .expectEvents(new RegisteredAsCase(FILING, PROSECUTOR.id(), "1405-123", "شعبه ۳ بازپرسی", TODAY_IN_TEHRAN,
                            PROSECUTOR_STAFF.id()));
        }

        @Test
        void a11_an_office_cannot_act_on_a_complaint_already_with_the_authority() {
            fixture.given(paperEvents())
                    .when(new VerifyDocumentConformity(FILING, DOCUMENT.documentId()), CLERK.asMetaData())
                    .expectException(refusedBy(Rule.A5_ALREADY_SUBMITTED));
        }

        private List<Object> paperEvents() {
            return List.of(
                    new FilingStarted(FILING, FilingRoute.PAPER, FilingKind.COMPLAINT, null, null, COMPLAINANT, List.of(ACCUSED),
                            PROSECUTOR, "شکایت", null, null),
                    new PaperComplaintRegistered(FILING, PROSECUTOR.id(), "P-1", List.of(DOCUMENT), PROSECUTOR_STAFF.id()),
                    new TrackingCodeIssued(FILING, CODE, null, null));
        }
    }
}
