package ir.daftar.core.filing;

import ir.daftar.core.common.FilingKind;
import static ir.daftar.core.testing.RuleMatchers.violates;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.fee.TestTariffs;
import ir.daftar.core.filing.FilingCommand.AcknowledgeNotificationUndertaking;
import ir.daftar.core.filing.FilingCommand.AssessCourtFee;
import ir.daftar.core.filing.FilingCommand.ChangeContactDetails;
import ir.daftar.core.filing.FilingCommand.DigitizeDocument;
import ir.daftar.core.filing.FilingCommand.IssueTrackingCode;
import ir.daftar.core.filing.FilingCommand.ReceiveOriginals;
import ir.daftar.core.filing.FilingCommand.RecordApplicantConfirmation;
import ir.daftar.core.filing.FilingCommand.RecordCourtFeePayment;
import ir.daftar.core.filing.FilingCommand.RegisterContactDetails;
import ir.daftar.core.filing.FilingCommand.RejectDocumentConformity;
import ir.daftar.core.filing.FilingCommand.StartFiling;
import ir.daftar.core.filing.FilingCommand.SubmitToCompetentAuthority;
import ir.daftar.core.filing.FilingCommand.VerifyDocumentConformity;
import ir.daftar.core.filing.FilingCommand.VerifyIdentity;
import ir.daftar.core.filing.FilingEvent.ApplicantConfirmedDocuments;
import ir.daftar.core.filing.FilingEvent.ContactDetailsChanged;
import ir.daftar.core.filing.FilingEvent.ContactDetailsRegistered;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.IdentityVerified;
import ir.daftar.core.filing.FilingEvent.NotificationUndertakingAcknowledged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import ir.daftar.core.testing.NationalCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filing aggregate, command by command (A2, A5–A7, A15, A37-6/12). Every refusal is
 * checked by its rule code, not by its message, and refused commands must record nothing.
 */
class FilingTest {

    // ---- people and offices ---------------------------------------------------------------

    static final String OFFICE_1 = "OFF-1";
    static final String OFFICE_2 = "OFF-2";
    static final String UNKNOWN_OFFICE = "OFF-9";

    static final String MANAGER_1 = NationalCodes.withCheckDigit("001100001");
    static final String LEGAL_1 = NationalCodes.withCheckDigit("001100002");
    static final String IT_1 = NationalCodes.withCheckDigit("001100003");
    static final String CLERK_1 = NationalCodes.withCheckDigit("001100004");
    static final String CLERK_1B = NationalCodes.withCheckDigit("001100005");
    static final String MANAGER_2 = NationalCodes.withCheckDigit("002200001");
    static final String LEGAL_2 = NationalCodes.withCheckDigit("002200002");
    static final String IT_2 = NationalCodes.withCheckDigit("002200003");
    static final String CLERK_2 = NationalCodes.withCheckDigit("002200004");
    /** Claims to work at office 1 but is not on its staff (say, a former clerk). */
    static final String NOT_EMPLOYED = NationalCodes.withCheckDigit("009900001");

    /** Office 1: a full-time manager, a legal expert, an IT expert and two clerks (A15). */
    static final OfficeStaffing STAFFING_1 = new OfficeStaffing(OFFICE_1, List.of(
            staff(MANAGER_1, "مدیر یک", StaffRole.MANAGER),
            staff(LEGAL_1, "کارشناس حقوقی یک", StaffRole.LEGAL_EXPERT),
            staff(IT_1, "کارشناس فناوری یک", StaffRole.IT_EXPERT),
            staff(CLERK_1, "متصدی یک", StaffRole.CLERK),
            staff(CLERK_1B, "متصدی دو", StaffRole.CLERK)), MinimumStaffing.REGULATION);

    /** Office 2: only one clerk, so below the A15 minimum. */
    static final OfficeStaffing STAFFING_2 = new OfficeStaffing(OFFICE_2, List.of(
            staff(MANAGER_2, "مدیر دو", StaffRole.MANAGER),
            staff(LEGAL_2, "کارشناس حقوقی دو", StaffRole.LEGAL_EXPERT),
            staff(IT_2, "کارشناس فناوری دو", StaffRole.IT_EXPERT),
            staff(CLERK_2, "متصدی سه", StaffRole.CLERK)), MinimumStaffing.REGULATION);

    static final OfficeDirectory DIRECTORY = officeId -> Optional.ofNullable(
            Map.of(OFFICE_1, STAFFING_1, OFFICE_2, STAFFING_2).get(officeId));

    static final String APPLICANT_CODE = "0499370899";
    static final String OTHER_PERSON_CODE = "0084575948";
    static final Party APPLICANT = new Party(PersonType.NATURAL, APPLICANT_CODE, "علی رضایی");
    static final Party DEFENDANT = new Party(PersonType.LEGAL, "10380284790", "شرکت نمونه");

    static final Actor APPLICANT_ACTOR = new Actor(APPLICANT_CODE, ActorRole.APPLICANT, null);
    static final Actor SOMEONE_ELSE = new Actor(OTHER_PERSON_CODE, ActorRole.APPLICANT, null);
    static final Actor CLERK = new Actor(CLERK_1, ActorRole.OFFICE_CLERK, OFFICE_1);
    static final Actor LEGAL_EXPERT = new Actor(LEGAL_1, ActorRole.OFFICE_LEGAL_EXPERT, OFFICE_1);
    static final Actor MANAGER = new Actor(MANAGER_1, ActorRole.OFFICE_MANAGER, OFFICE_1);
    static final Actor CLERK_OF_OFFICE_2 = new Actor(CLERK_2, ActorRole.OFFICE_CLERK, OFFICE_2);
    static final Actor FORMER_CLERK = new Actor(NOT_EMPLOYED, ActorRole.OFFICE_CLERK, OFFICE_1);
    /** Court staff are people with an id and an office-less role: never office staff. */
    static final Actor COURT_CLERK = new Actor(CLERK_1, ActorRole.COURT_STAFF, OFFICE_1);

    // ---- the filing -------------------------------------------------------------------------

    static final Instant NOW = Instant.parse("2025-06-01T08:30:00Z");
    static final String FILING_ID = "filing-1";
    static final String FINGERPRINT = "sha256:7d1e4b8a";
    static final long CLAIM = 300_000_000L;
    /** 1404 tariff at a court: 2.5 % of 200,000,000 + 3.5 % of 100,000,000. */
    static final long FEE = 8_500_000L;
    static final CompetentAuthority COURT = new CompetentAuthority("TEH-CIV-12", AuthorityKind.COURT,
            "شعبه ۱۲ دادگاه عمومی حقوقی تهران");
    static final String SUBJECT = "مطالبه وجه چک";
    static final CourtFeeInputs INPUTS = new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM, AuthorityKind.COURT);

    static final String HASH_1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String HASH_2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    static final String HASH_3 = "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13";
    static final String FORM_HASH = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    static final ElectronicDocument DOC_1 = new ElectronicDocument("DOC-1", "دادخواست", 2, HASH_1);
    static final ElectronicDocument DOC_2 = new ElectronicDocument("DOC-2", "دادخواست (نسخه خوانا)", 2, HASH_2);
    static final ElectronicDocument DOC_3 = new ElectronicDocument("DOC-3", "تصویر چک", 1, HASH_3);

    static final ContactDetails CONTACTS = new ContactDetails(new MobileNumber("09121234567"),
            new ElectronicAddress("sana:1234567890"));
    static final ContactDetails NEW_CONTACTS = new ContactDetails(new MobileNumber("09351112233"),
            new ElectronicAddress("ali.rezaei@example.ir"));

    static final long SEED = 1404L;
    static final TrackingCode CODE = TrackingCode.random(new Random(SEED));

    // ---- commands -------------------------------------------------------------------------

    static StartFiling startAtOffice() {
        return new StartFiling(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                APPLICANT, List.of(DEFENDANT), COURT, SUBJECT, OFFICE_1, FINGERPRINT);
    }

    static StartFiling startAtOffice(String officeId) {
        return new StartFiling(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                APPLICANT, List.of(DEFENDANT), COURT, SUBJECT, officeId, FINGERPRINT);
    }

    static StartFiling startOnPortal() {
        return new StartFiling(FILING_ID, FilingRoute.PORTAL, FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                APPLICANT, List.of(DEFENDANT), COURT, SUBJECT, null, FINGERPRINT);
    }

    static RecordCourtFeePayment pay(long amount, String receipt) {
        return new RecordCourtFeePayment(FILING_ID, "PAY-1404-0001", amount, receipt);
    }

    // ---- events -------------------------------------------------------------------------

    static FilingStarted startedAtOffice() {
        return new FilingStarted(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                APPLICANT, List.of(DEFENDANT), COURT, SUBJECT, OFFICE_1, FINGERPRINT);
    }

    static FilingStarted startedOnPortal() {
        return new FilingStarted(FILING_ID, FilingRoute.PORTAL, FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                APPLICANT, List.of(DEFENDANT), COURT, SUBJECT, null, FINGERPRINT);
    }

    static IdentityVerified identityVerified() {
        return new IdentityVerified(FILING_ID, OFFICE_1, CLERK_1, IdentityVerificationMethod.NATIONAL_SMART_CARD);
    }

    static DocumentDigitized digitized(ElectronicDocument document, String by) {
        return new DocumentDigitized(FILING_ID, document, by, null);
    }

    static CourtFeeAssessed assessed() {
        return new CourtFeeAssessed(FILING_ID, FEE, "1404", INPUTS);
    }

    static CourtFeePaid paid() {
        return new CourtFeePaid(FILING_ID, "PAY-1404-0001", FEE, "RCPT-77");
    }

    static ContactDetailsRegistered contactsRegistered(String by) {
        return new ContactDetailsRegistered(FILING_ID, CONTACTS, by);
    }

    static NotificationUndertakingAcknowledged undertaking(String by) {
        return new NotificationUndertakingAcknowledged(FILING_ID, FORM_HASH, by);
    }

    static TrackingCodeIssued codeIssuedAtOffice() {
        return new TrackingCodeIssued(FILING_ID, CODE, OFFICE_1, CLERK_1);
    }

    static TrackingCodeIssued codeIssuedOnPortal() {
        return new TrackingCodeIssued(FILING_ID, CODE, null, null);
    }

    static ApplicantConfirmedDocuments confirmed(String... documentIds) {
        return new ApplicantConfirmedDocuments(FILING_ID, List.of(documentIds), CLERK_1);
    }

    static DocumentConformityVerified verified(String documentId) {
        return new DocumentConformityVerified(FILING_ID, documentId, OFFICE_1, LEGAL_1);
    }

    static DocumentConformityRejected rejected(String documentId) {
        return new DocumentConformityRejected(FILING_ID, documentId, OFFICE_1, LEGAL_1, "با اصل مطابقت ندارد");
    }

    static OriginalsReceived originalsReceived() {
        return new OriginalsReceived(FILING_ID, OFFICE_1, CLERK_1);
    }

    static SubmittedToCompetentAuthority submitted(String by) {
        return new SubmittedToCompetentAuthority(FILING_ID, COURT, OFFICE_1, by);
    }

    // ---- histories ------------------------------------------------------------------------

    /** Office route: started and identity verified (A6). */
    static List<Object> officeOpened() {
        return List.of(startedAtOffice(), identityVerified());
    }

    /** Office route: documents in, fee paid, channels registered and undertaken, code issued. */
    static List<Object> officeCodeIssued() {
        return plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), paid(), contactsRegistered(CLERK_1),
                undertaking(CLERK_1), codeIssuedAtOffice());
    }

    /** Office route, everything done but the submission. */
    static List<Object> officeReadyToSubmit() {
        return plus(officeCodeIssued(), confirmed("DOC-1"), verified("DOC-1"));
    }

    static List<Object> officeSubmitted() {
        return plus(officeReadyToSubmit(), submitted(MANAGER_1));
    }

    /** Portal route up to the tracking code: the applicant acted alone (A5). */
    static List<Object> portalCodeIssued() {
        return List.of(startedOnPortal(), digitized(DOC_1, APPLICANT_CODE), assessed(), paid(),
                contactsRegistered(APPLICANT_CODE), undertaking(APPLICANT_CODE), codeIssuedOnPortal());
    }

    static List<Object> portalWithOriginals() {
        return plus(portalCodeIssued(), originalsReceived());
    }

    static List<Object> plus(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Arrays.asList(more));
        return List.copyOf(all);
    }

    // ---- fixture --------------------------------------------------------------------------

    private AggregateTestFixture<Filing> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
    }

    static AggregateTestFixture<Filing> newFixture() {
        AggregateTestFixture<Filing> fixture = new AggregateTestFixture<>(Filing.class);
        fixture.registerInjectableResource(DIRECTORY);
        fixture.registerInjectableResource(TestTariffs.tariffs());
        fixture.registerInjectableResource((TrackingCodeIssuer) filingId -> TrackingCode.random(new Random(SEED)));
        return fixture;
    }

    private TestExecutor<Filing> given(List<Object> history) {
        return fixture.givenCurrentTime(NOW).andGiven(history);
    }

    private TestExecutor<Filing> given(Object... events) {
        return given(List.of(events));
    }

    private static ResultValidator<Filing> refused(ResultValidator<Filing> result, Rule rule) {
        return result.expectException(violates(rule)).expectNoEvents();
    }

    // =======================================================================================

    @Nested
    @DisplayName("StartFiling")
    class Start {

        @Test
        void a6_staff_of_a_fully_staffed_office_start_an_office_filing() {
            given().when(startAtOffice(), CLERK.asMetaData())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(startedAtOffice())
                    .expectResultMessagePayload(FILING_ID);
        }

        @Test
        void a5_the_applicant_starts_a_portal_filing_which_no_office_holds_yet() {
            StartFiling withAnOffice = new StartFiling(FILING_ID, FilingRoute.PORTAL, FilingKind.PETITION,
                    ClaimNature.FINANCIAL, CLAIM, APPLICANT, List.of(DEFENDANT), COURT, SUBJECT, OFFICE_1, FINGERPRINT);

            given().when(withAnOffice, APPLICANT_ACTOR.asMetaData())
                    .expectEvents(startedOnPortal())
                    .expectResultMessagePayload(FILING_ID);
        }

        @Test
        void the_subject_is_recorded_in_persian_letters() {
            StartFiling arabicKaf = new StartFiling(FILING_ID, FilingRoute.PORTAL, FilingKind.PETITION,
                    ClaimNature.FINANCIAL, CLAIM, APPLICANT, List.of(DEFENDANT), COURT, "  مطالبه  وجه چك ", null,
                    FINGERPRINT);

            given().when(arabicKaf, APPLICANT_ACTOR.asMetaData()).expectEvents(startedOnPortal());
        }

        @Test
        void a5_requests_and_complaints_carry_no_claim_nature_or_value() {
            StartFiling request = new StartFiling(FILING_ID, FilingRoute.PORTAL, FilingKind.REQUEST,
                    ClaimNature.FINANCIAL, CLAIM, APPLICANT, List.of(), COURT, SUBJECT, null, FINGERPRINT);

            given().when(request, APPLICANT_ACTOR.asMetaData())
                    .expectEvents(new FilingStarted(FILING_ID, FilingRoute.PORTAL, FilingKind.REQUEST, null, null,
                            APPLICANT, List.of(), COURT, SUBJECT, null, FINGERPRINT));
        }

        @Test
        void a5_a_non_financial_petition_carries_no_claim_value() {
            StartFiling nonFinancial = new StartFiling(FILING_ID, FilingRoute.PORTAL, FilingKind.PETITION,
                    ClaimNature.NON_FINANCIAL, CLAIM, APPLICANT, List.of(), COURT, SUBJECT, null, FINGERPRINT);

            given().when(nonFinancial, APPLICANT_ACTOR.asMetaData())
                    .expectEvents(new FilingStarted(FILING_ID, FilingRoute.PORTAL, FilingKind.PETITION,
                            ClaimNature.NON_FINANCIAL, null, APPLICANT, List.of(), COURT, SUBJECT, null, FINGERPRINT));
        }

        @Test
        void idempotent_the_same_request_again_records_nothing_and_returns_the_same_id() {
            given(startedAtOffice()).when(startAtOffice(), CLERK.asMetaData())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(FILING_ID);
        }

        @Test
        void idempotent_a_retry_after_progress_changes_nothing() {
            given(officeCodeIssued()).when(startAtOffice(), CLERK.asMetaData())
                    .expectNoEvents()
                    .expectResultMessagePayload(FILING_ID);
        }

        @Test
        void idempotency_key_reused_for_a_different_request_is_refused() {
            StartFiling different = new StartFiling(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION,
                    ClaimNature.FINANCIAL, 1L, APPLICANT, List.of(), COURT, SUBJECT, OFFICE_1, "sha256:another");

            refused(given(startedAtOffice()).when(different, CLERK.asMetaData()), Rule.IDEMPOTENCY_KEY_REUSED);
        }

        @Test
        void a15_office_below_minimum_staffing_cannot_receive_filings() {
            refused(given().when(startAtOffice(OFFICE_2), CLERK_OF_OFFICE_2.asMetaData()), Rule.A15_MINIMUM_STAFFING);
        }

        @Test
        void a15_an_unregistered_office_cannot_receive_filings() {
            Actor clerkOfUnknownOffice = new Actor(CLERK_1, ActorRole.OFFICE_CLERK, UNKNOWN_OFFICE);

            refused(given().when(startAtOffice(UNKNOWN_OFFICE), clerkOfUnknownOffice.asMetaData()),
                    Rule.A15_OFFICE_NOT_REGISTERED);
        }

        @Test
        void a6_staff_start_filings_for_their_own_office_only() {
            refused(given().when(startAtOffice(OFFICE_1), CLERK_OF_OFFICE_2.asMetaData()), Rule.A6_OTHER_OFFICE);
        }

        @Test
        void a6_only_current_staff_start_office_filings() {
            refused(given().when(startAtOffice(), FORMER_CLERK.asMetaData()), Rule.A6_NOT_OFFICE_STAFF);
        }

        @Test
        void a6_a_person_who_is_not_office_staff_cannot_start_an_office_filing() {
            refused(given().when(startAtOffice(), COURT_CLERK.asMetaData()), Rule.A6_NOT_OFFICE_STAFF);
        }

        @Test
        void a5_a_portal_filing_is_started_by_the_applicant_themself() {
            refused(given().when(startOnPortal(), SOMEONE_ELSE.asMetaData()), Rule.A5_APPLICANT_ONLY);
        }

        @Test
        void a5_office_staff_cannot_start_a_portal_filing_for_the_applicant() {
            refused(given().when(startOnPortal(), CLERK.asMetaData()), Rule.A5_APPLICANT_ONLY);
        }

        @Test
        void a2_the_applicant_must_be_identified() {
            StartFiling anonymous = new StartFiling(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION,
                    ClaimNature.FINANCIAL, CLAIM, new Party(PersonType.NATURAL, null, "بی‌نام"), List.of(), COURT,
                    SUBJECT, OFFICE_1, FINGERPRINT);

            refused(given().when(anonymous, CLERK.asMetaData()), Rule.A2_PARTY_IDENTIFIER_INVALID);
        }

        @Test
        void a5_a_financial_petition_states_the_value_of_the_claim() {
            StartFiling noValue = new StartFiling(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION,
                    ClaimNature.FINANCIAL, null, APPLICANT, List.of(), COURT, SUBJECT, OFFICE_1, FINGERPRINT);

            refused(given().when(noValue, CLERK.asMetaData()), Rule.A5_CLAIM_VALUE_REQUIRED);
        }

        @Test
        void a_command_without_an_actor_is_a_technical_fault() {
            given().when(startAtOffice())
                    .expectException(IllegalStateException.class)
                    .expectNoEvents();
        }

        @Test
        void a_blank_subject_is_malformed_input() {
            StartFiling blank = new StartFiling(FILING_ID, FilingRoute.OFFICE, FilingKind.PETITION,
                    ClaimNature.FINANCIAL, CLAIM, APPLICANT, List.of(), COURT, " ", OFFICE_1, FINGERPRINT);

            given().when(blank, CLERK.asMetaData())
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("VerifyIdentity")
    class VerifyIdentityCommand {

        @Test
        void a6_the_office_verifies_the_applicants_identity() {
            given(startedAtOffice())
                    .when(new VerifyIdentity(FILING_ID, IdentityVerificationMethod.NATIONAL_SMART_CARD), CLERK.asMetaData())
                    .expectEvents(identityVerified());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ir.daftar.core.filing.FilingTest#officeActsOnAFreshOfficeFiling")
        void a6_identity_is_verified_before_anything_else(Object command) {
            refused(given(startedAtOffice()).when(command, CLERK.asMetaData()), Rule.A6_IDENTITY_NOT_VERIFIED);
        }

        @Test
        void a6_identity_is_verified_once() {
            refused(given(officeOpened())
                            .when(new VerifyIdentity(FILING_ID, IdentityVerificationMethod.FINGERPRINT), CLERK.asMetaData()),
                    Rule.A6_IDENTITY_ALREADY_VERIFIED);
        }

        @Test
        void a6_identity_verification_belongs_to_the_office_route() {
            refused(given(portalWithOriginals())
                            .when(new VerifyIdentity(FILING_ID, IdentityVerificationMethod.FINGERPRINT), CLERK.asMetaData()),
                    Rule.A6_OFFICE_ROUTE_ONLY);
        }

        @Test
        void a6_only_the_office_holding_the_filing_may_act() {
            refused(given(startedAtOffice())
                            .when(new VerifyIdentity(FILING_ID, IdentityVerificationMethod.FINGERPRINT),
                                    CLERK_OF_OFFICE_2.asMetaData()),
                    Rule.A6_OTHER_OFFICE);
        }

        @Test
        void a6_only_current_staff_of_that_office_may_act() {
            refused(given(startedAtOffice())
                            .when(new VerifyIdentity(FILING_ID, IdentityVerificationMethod.FINGERPRINT),
                                    FORMER_CLERK.asMetaData()),
                    Rule.A6_NOT_OFFICE_STAFF);
        }
    }

    @Nested
    @DisplayName("DigitizeDocument")
    class DigitizeDocumentCommand {

        @Test
        void a6_office_staff_digitize_after_identity_verification_recording_who_scanned() {
            given(officeOpened()).when(new DigitizeDocument(FILING_ID, DOC_1, null), CLERK.asMetaData())
                    .expectEvents(digitized(DOC_1, CLERK_1));
        }

        @Test
        void a5_on_the_portal_the_applicant_digitizes_the_documents() {
            given(startedOnPortal()).when(new DigitizeDocument(FILING_ID, DOC_1, null), APPLICANT_ACTOR.asMetaData())
                    .expectEvents(digitized(DOC_1, APPLICANT_CODE));
        }

        @Test
        void a5_on_the_portal_nobody_else_acts_before_the_originals_reach_an_office() {
            refused(given(startedOnPortal()).when(new DigitizeDocument(FILING_ID, DOC_1, null), CLERK.asMetaData()),
                    Rule.A5_APPLICANT_ONLY);
        }

        @Test
        void a6_once_an_office_holds_a_portal_filing_the_applicant_no_longer_acts_on_it_alone() {
            refused(given(portalWithOriginals())
                            .when(new DigitizeDocument(FILING_ID, DOC_3, null), APPLICANT_ACTOR.asMetaData()),
                    Rule.A6_OTHER_OFFICE);
        }

        @Test
        void a5_the_office_holding_a_portal_filing_digitizes_further_documents() {
            given(portalWithOriginals()).when(new DigitizeDocument(FILING_ID, DOC_3, null), CLERK.asMetaData())
                    .expectEvents(digitized(DOC_3, CLERK_1));
        }

        @Test
        void a5_a_document_id_is_used_once_per_filing() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1)))
                            .when(new DigitizeDocument(FILING_ID, DOC_1, null), CLERK.asMetaData()),
                    Rule.A5_DOCUMENT_ALREADY_DIGITIZED);
        }

        @Test
        void a5_a_replacement_names_a_document_of_this_filing() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1)))
                            .when(new DigitizeDocument(FILING_ID, DOC_2, "DOC-404"), CLERK.asMetaData()),
                    Rule.A5_DOCUMENT_UNKNOWN);
        }

        @Test
        void a5_a_document_already_replaced_cannot_be_replaced_again() {
            List<Object> history = plus(officeOpened(), digitized(DOC_1, CLERK_1), rejected("DOC-1"),
                    new DocumentDigitized(FILING_ID, DOC_2, CLERK_1, "DOC-1"));

            refused(given(history).when(new DigitizeDocument(FILING_ID, DOC_3, "DOC-1"), CLERK.asMetaData()),
                    Rule.A5_DOCUMENT_UNKNOWN);
        }

        @Test
        void a5_a_rejected_document_is_replaced_by_a_new_one() {
            given(plus(officeOpened(), digitized(DOC_1, CLERK_1), rejected("DOC-1")))
                    .when(new DigitizeDocument(FILING_ID, DOC_2, "DOC-1"), CLERK.asMetaData())
                    .expectEvents(new DocumentDigitized(FILING_ID, DOC_2, CLERK_1, "DOC-1"));
        }
    }

    @Nested
    @DisplayName("RecordApplicantConfirmation")
    class RecordApplicantConfirmationCommand {

        @Test
        void a6_the_applicant_confirms_the_current_documents() {
            List<Object> history = plus(officeOpened(), digitized(DOC_1, CLERK_1), rejected("DOC-1"),
                    new DocumentDigitized(FILING_ID, DOC_2, CLERK_1, "DOC-1"), digitized(DOC_3, CLERK_1));

            given(history).when(new RecordApplicantConfirmation(FILING_ID), CLERK.asMetaData())
                    .expectEvents(confirmed("DOC-2", "DOC-3"));
        }

        @Test
        void a5_there_is_nothing_to_confirm_without_documents() {
            refused(given(officeOpened()).when(new RecordApplicantConfirmation(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_NO_DOCUMENTS);
        }

        @Test
        void a6_the_confirmation_belongs_to_the_office_route() {
            refused(given(portalWithOriginals()).when(new RecordApplicantConfirmation(FILING_ID), CLERK.asMetaData()),
                    Rule.A6_OFFICE_ROUTE_ONLY);
        }
    }

    @Nested
    @DisplayName("AssessCourtFee")
    class AssessCourtFeeCommand {

        @Test
        void a5_the_system_computes_the_fee_from_the_tariff_in_force_with_its_version_and_inputs() {
            given(officeOpened()).when(new AssessCourtFee(FILING_ID), CLERK.asMetaData())
                    .expectEvents(assessed())
                    .expectResultMessagePayload(assessed());
        }

        @Test
        void a5_the_tariff_is_the_one_in_force_at_the_time_of_assessment() {
            fixture.givenCurrentTime(TestTariffs.FROM_1404.minusSeconds(1)).andGiven(officeOpened())
                    .when(new AssessCourtFee(FILING_ID), CLERK.asMetaData())
                    .expectEvents(new CourtFeeAssessed(FILING_ID, 7_000_000L, "1403", INPUTS));
        }

        @Test
        void no_tariff_in_force_is_a_technical_fault_not_a_fee_of_zero() {
            fixture.givenCurrentTime(TestTariffs.FROM_1403.minusSeconds(1)).andGiven(officeOpened())
                    .when(new AssessCourtFee(FILING_ID), CLERK.asMetaData())
                    .expectException(IllegalStateException.class)
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ir.daftar.core.filing.FilingTest#feeCases")
        void a5_the_fee_is_recomputable_from_the_tariff_version_and_inputs_in_the_event(FilingStarted started, long expected) {
            CourtFeeTariffs tariffs = TestTariffs.tariffs();
            fixture.givenCurrentTime(NOW).andGiven(started)
                    .when(new AssessCourtFee(FILING_ID), APPLICANT_ACTOR.asMetaData())
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(
                            predicate((CourtFeeAssessed e) -> e.amountRials() == expected
                                    && e.amountRials() == tariffs.version(e.tariffVersion()).orElseThrow().compute(e.inputs())
                                    && e.inputs().kind() == started.kind()
                                    && e.inputs().authorityKind() == started.competentAuthority().kind()
                                    && java.util.Objects.equals(e.inputs().claimValueRials(), started.claimValueRials())),
                            andNoMore())));
        }

        @Test
        void a5_the_fee_may_be_reassessed_until_it_is_paid() {
            given(plus(officeOpened(), assessed())).when(new AssessCourtFee(FILING_ID), CLERK.asMetaData())
                    .expectEvents(assessed());
        }

        @Test
        void a5_the_fee_is_not_reassessed_after_payment() {
            refused(given(plus(officeOpened(), assessed(), paid())).when(new AssessCourtFee(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_FEE_ALREADY_PAID);
        }

        @Test
        void a5_on_the_portal_only_the_applicant_has_the_fee_assessed() {
            refused(given(startedOnPortal()).when(new AssessCourtFee(FILING_ID), SOMEONE_ELSE.asMetaData()),
                    Rule.A5_APPLICANT_ONLY);
        }
    }

    @Nested
    @DisplayName("RecordCourtFeePayment")
    class RecordCourtFeePaymentCommand {

        @Test
        void a5_the_assessed_fee_is_paid_with_a_receipt() {
            given(plus(officeOpened(), assessed())).when(pay(FEE, "RCPT-77"), CLERK.asMetaData())
                    .expectEvents(paid());
        }

        @Test
        void a5_fee_paid_must_equal_the_assessed_fee() {
            refused(given(plus(officeOpened(), assessed())).when(pay(FEE - 1, "RCPT-77"), CLERK.asMetaData()),
                    Rule.A5_FEE_AMOUNT_MISMATCH);
        }

        @Test
        void a37_12_charging_more_than_the_assessed_fee_is_refused() {
            refused(given(plus(officeOpened(), assessed())).when(pay(FEE + 100_000, "RCPT-77"), CLERK.asMetaData()),
                    Rule.A5_FEE_AMOUNT_MISMATCH);
        }

        @Test
        void a37_6_payment_without_receipt_is_refused() {
            refused(given(plus(officeOpened(), assessed())).when(pay(FEE, null), CLERK.asMetaData()),
                    Rule.A37_6_RECEIPT_REQUIRED);
        }

        @Test
        void a37_6_a_blank_receipt_is_no_receipt() {
            refused(given(plus(officeOpened(), assessed())).when(pay(FEE, "   "), CLERK.asMetaData()),
                    Rule.A37_6_RECEIPT_REQUIRED);
        }

        @Test
        void a5_the_fee_is_assessed_before_it_is_paid() {
            refused(given(officeOpened()).when(pay(FEE, "RCPT-77"), CLERK.asMetaData()), Rule.A5_FEE_NOT_ASSESSED);
        }

        @Test
        void a5_the_fee_is_paid_once() {
            refused(given(plus(officeOpened(), assessed(), paid())).when(pay(FEE, "RCPT-78"), CLERK.asMetaData()),
                    Rule.A5_FEE_ALREADY_PAID);
        }

        @Test
        void a_malformed_payment_reference_is_malformed_input() {
            given(plus(officeOpened(), assessed()))
                    .when(new RecordCourtFeePayment(FILING_ID, "PAY 1; DROP", FEE, "RCPT-77"), CLERK.asMetaData())
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("ReceiveOriginals")
    class ReceiveOriginalsCommand {

        @Test
        void a5_an_office_receives_the_originals_of_a_portal_filing() {
            given(portalCodeIssued()).when(new ReceiveOriginals(FILING_ID), CLERK.asMetaData())
                    .expectEvents(originalsReceived());
        }

        @Test
        void a15_office_below_minimum_staffing_cannot_receive_filings() {
            refused(given(portalCodeIssued()).when(new ReceiveOriginals(FILING_ID), CLERK_OF_OFFICE_2.asMetaData()),
                    Rule.A15_MINIMUM_STAFFING);
        }

        @Test
        void a15_an_unregistered_office_cannot_receive_originals() {
            Actor clerkOfUnknownOffice = new Actor(CLERK_1, ActorRole.OFFICE_CLERK, UNKNOWN_OFFICE);

            refused(given(portalCodeIssued()).when(new ReceiveOriginals(FILING_ID), clerkOfUnknownOffice.asMetaData()),
                    Rule.A15_OFFICE_NOT_REGISTERED);
        }

        @Test
        void a6_originals_are_received_by_office_staff() {
            refused(given(portalCodeIssued()).when(new ReceiveOriginals(FILING_ID), APPLICANT_ACTOR.asMetaData()),
                    Rule.A6_NOT_OFFICE_STAFF);
        }

        @Test
        void a6_originals_are_received_by_current_staff_of_the_office() {
            refused(given(portalCodeIssued()).when(new ReceiveOriginals(FILING_ID), FORMER_CLERK.asMetaData()),
                    Rule.A6_NOT_OFFICE_STAFF);
        }

        @Test
        void a5_the_originals_are_received_by_one_office_only() {
            refused(given(portalWithOriginals()).when(new ReceiveOriginals(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_ORIGINALS_ALREADY_RECEIVED);
        }

        @Test
        void a5_only_portal_filings_have_originals_brought_in() {
            refused(given(officeOpened()).when(new ReceiveOriginals(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_PORTAL_ROUTE_ONLY);
        }

        @Test
        void a5_originals_are_brought_in_after_the_tracking_code_is_obtained() {
            List<Object> beforeCode = portalCodeIssued().subList(0, portalCodeIssued().size() - 1);
            refused(given(beforeCode).when(new ReceiveOriginals(FILING_ID), CLERK.asMetaData()),
                    Rule.A7_TRACKING_CODE_REQUIRED);
        }

        @Test
        void a5_no_office_acts_on_a_portal_filing_before_it_receives_the_originals() {
            refused(given(portalCodeIssued()).when(new VerifyDocumentConformity(FILING_ID, "DOC-1"), LEGAL_EXPERT.asMetaData()),
                    Rule.A5_ORIGINALS_NOT_RECEIVED);
        }
    }

    @Nested
    @DisplayName("VerifyDocumentConformity")
    class VerifyDocumentConformityCommand {

        @Test
        void a5_a_named_staff_member_of_the_holding_office_verifies_a_document() {
            given(portalWithOriginals()).when(new VerifyDocumentConformity(FILING_ID, "DOC-1"), LEGAL_EXPERT.asMetaData())
                    .expectEvents(verified("DOC-1"));
        }

        @Test
        void a5_the_document_must_be_part_of_the_filing() {
            refused(given(portalWithOriginals()).when(new VerifyDocumentConformity(FILING_ID, "DOC-404"),
                    LEGAL_EXPERT.asMetaData()), Rule.A5_DOCUMENT_UNKNOWN);
        }

        @Test
        void a5_conformity_is_decided_once() {
            refused(given(plus(portalWithOriginals(), verified("DOC-1")))
                            .when(new VerifyDocumentConformity(FILING_ID, "DOC-1"), LEGAL_EXPERT.asMetaData()),
                    Rule.A5_CONFORMITY_ALREADY_DECIDED);
        }

        @Test
        void a5_a_rejected_document_is_not_verified_afterwards_but_replaced() {
            refused(given(plus(portalWithOriginals(), rejected("DOC-1")))
                            .when(new VerifyDocumentConformity(FILING_ID, "DOC-1"), LEGAL_EXPERT.asMetaData()),
                    Rule.A5_CONFORMITY_ALREADY_DECIDED);
        }

        @Test
        void a5_a_replaced_document_is_no_longer_verified() {
            List<Object> history = plus(portalWithOriginals(), rejected("DOC-1"),
                    new DocumentDigitized(FILING_ID, DOC_2, CLERK_1, "DOC-1"));

            refused(given(history).when(new VerifyDocumentConformity(FILING_ID, "DOC-1"), LEGAL_EXPERT.asMetaData()),
                    Rule.A5_DOCUMENT_UNKNOWN);
        }

        @Test
        void a6_only_the_office_holding_the_filing_may_act() {
            refused(given(portalWithOriginals()).when(new VerifyDocumentConformity(FILING_ID, "DOC-1"),
                    CLERK_OF_OFFICE_2.asMetaData()), Rule.A6_OTHER_OFFICE);
        }
    }

    @Nested
    @DisplayName("RejectDocumentConformity")
    class RejectDocumentConformityCommand {

        @Test
        void a5_a_mismatch_is_recorded_with_its_reason_in_persian_letters() {
            given(portalWithOriginals())
                    .when(new RejectDocumentConformity(FILING_ID, "DOC-1", "با اصل مطابقت ندارد "), LEGAL_EXPERT.asMetaData())
                    .expectEvents(rejected("DOC-1"));
        }

        @Test
        void a5_a_rejected_document_blocks_submission_until_it_is_replaced() {
            refused(given(plus(portalWithOriginals(), rejected("DOC-1")))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_CONFORMITY_NOT_VERIFIED);
        }

        @Test
        void a5_after_rejection_a_verified_replacement_lets_the_filing_be_submitted() {
            List<Object> history = plus(officeCodeIssued(), rejected("DOC-1"),
                    new DocumentDigitized(FILING_ID, DOC_2, CLERK_1, "DOC-1"), confirmed("DOC-2"), verified("DOC-2"));

            given(history).when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData())
                    .expectEvents(submitted(CLERK_1));
        }

        @Test
        void a5_a_verified_document_cannot_be_rejected_afterwards() {
            refused(given(plus(portalWithOriginals(), verified("DOC-1")))
                            .when(new RejectDocumentConformity(FILING_ID, "DOC-1", "تردید"), LEGAL_EXPERT.asMetaData()),
                    Rule.A5_CONFORMITY_ALREADY_DECIDED);
        }

        @Test
        void a_rejection_without_a_reason_is_malformed_input() {
            given(portalWithOriginals())
                    .when(new RejectDocumentConformity(FILING_ID, "DOC-1", " "), LEGAL_EXPERT.asMetaData())
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("RegisterContactDetails")
    class RegisterContactDetailsCommand {

        @Test
        void a7_the_office_registers_the_applicants_mobile_and_electronic_address() {
            given(officeOpened()).when(new RegisterContactDetails(FILING_ID, CONTACTS), CLERK.asMetaData())
                    .expectEvents(contactsRegistered(CLERK_1));
        }

        @Test
        void a7_on_the_portal_the_applicant_registers_them() {
            given(startedOnPortal()).when(new RegisterContactDetails(FILING_ID, CONTACTS), APPLICANT_ACTOR.asMetaData())
                    .expectEvents(contactsRegistered(APPLICANT_CODE));
        }

        @Test
        void a7_contact_details_are_registered_once_later_ones_are_changes() {
            refused(given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                            .when(new RegisterContactDetails(FILING_ID, NEW_CONTACTS), CLERK.asMetaData()),
                    Rule.A7_CONTACT_DETAILS_ALREADY_REGISTERED);
        }
    }

    @Nested
    @DisplayName("AcknowledgeNotificationUndertaking")
    class AcknowledgeNotificationUndertakingCommand {

        @Test
        void a7_the_written_undertaking_is_recorded_with_the_hash_of_the_signed_form() {
            given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                    .when(new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH.toUpperCase()), CLERK.asMetaData())
                    .expectEvents(undertaking(CLERK_1));
        }

        @Test
        void a7_the_undertaking_follows_the_registration_of_the_channels() {
            refused(given(officeOpened())
                            .when(new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH), CLERK.asMetaData()),
                    Rule.A7_CONTACT_DETAILS_REQUIRED);
        }

        @Test
        void a7_the_undertaking_is_acknowledged_once() {
            refused(given(plus(officeOpened(), contactsRegistered(CLERK_1), undertaking(CLERK_1)))
                            .when(new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH), CLERK.asMetaData()),
                    Rule.A7_UNDERTAKING_ALREADY_ACKNOWLEDGED);
        }

        @Test
        void a_form_hash_that_is_not_sha256_is_malformed_input() {
            given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                    .when(new AcknowledgeNotificationUndertaking(FILING_ID, "signed"), CLERK.asMetaData())
                    .expectException(IllegalArgumentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    @DisplayName("IssueTrackingCode")
    class IssueTrackingCodeCommand {

        private List<Object> officeReadyForCode() {
            return plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), paid(), contactsRegistered(CLERK_1),
                    undertaking(CLERK_1));
        }

        @Test
        void a7_the_office_hands_over_the_tracking_code_with_its_confirmation() {
            given(officeReadyForCode()).when(new IssueTrackingCode(FILING_ID), CLERK.asMetaData())
                    .expectEvents(codeIssuedAtOffice())
                    .expectResultMessagePayload(CODE);
        }

        @Test
        void a5_on_the_portal_the_applicant_obtains_the_code_without_an_office_confirmation() {
            List<Object> history = portalCodeIssued().subList(0, portalCodeIssued().size() - 1);

            given(history).when(new IssueTrackingCode(FILING_ID), APPLICANT_ACTOR.asMetaData())
                    .expectEvents(codeIssuedOnPortal())
                    .expectResultMessagePayload(CODE);
        }

        @Test
        void a7_tracking_code_is_issued_only_after_contact_details_are_registered() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), paid()))
                            .when(new IssueTrackingCode(FILING_ID), CLERK.asMetaData()),
                    Rule.A7_CONTACT_DETAILS_REQUIRED);
        }

        @Test
        void a7_tracking_code_is_issued_only_after_the_written_undertaking() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), paid(), contactsRegistered(CLERK_1)))
                            .when(new IssueTrackingCode(FILING_ID), CLERK.asMetaData()),
                    Rule.A7_UNDERTAKING_REQUIRED);
        }

        @Test
        void a5_tracking_code_is_issued_only_after_the_fee_is_paid() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), contactsRegistered(CLERK_1),
                            undertaking(CLERK_1)))
                            .when(new IssueTrackingCode(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_FEE_NOT_PAID);
        }

        @Test
        void a5_tracking_code_is_issued_only_after_the_documents_are_digitized() {
            refused(given(plus(officeOpened(), assessed(), paid(), contactsRegistered(CLERK_1), undertaking(CLERK_1)))
                            .when(new IssueTrackingCode(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_NO_DOCUMENTS);
        }

        @Test
        void a7_one_tracking_code_per_filing() {
            refused(given(officeCodeIssued()).when(new IssueTrackingCode(FILING_ID), CLERK.asMetaData()),
                    Rule.A7_TRACKING_CODE_ALREADY_ISSUED);
        }
    }

    @Nested
    @DisplayName("SubmitToCompetentAuthority")
    class SubmitCommand {

        @Test
        void a6_the_office_submits_a_complete_office_filing() {
            given(officeReadyToSubmit()).when(new SubmitToCompetentAuthority(FILING_ID), MANAGER.asMetaData())
                    .expectEvents(submitted(MANAGER_1));
        }

        @Test
        void a5_the_office_holding_a_portal_filing_submits_it_once_its_documents_are_verified() {
            given(plus(portalWithOriginals(), verified("DOC-1")))
                    .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData())
                    .expectEvents(submitted(CLERK_1));
        }

        @Test
        void a5_cannot_submit_before_conformity_is_verified() {
            refused(given(plus(officeCodeIssued(), confirmed("DOC-1")))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_CONFORMITY_NOT_VERIFIED);
        }

        @Test
        void a5_cannot_submit_a_portal_filing_before_conformity_is_verified() {
            refused(given(portalWithOriginals()).when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_CONFORMITY_NOT_VERIFIED);
        }

        @Test
        void a5_every_current_document_is_verified_not_just_one() {
            refused(given(plus(officeCodeIssued(), digitized(DOC_3, CLERK_1), confirmed("DOC-1", "DOC-3"),
                            verified("DOC-1")))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_CONFORMITY_NOT_VERIFIED);
        }

        @Test
        void a5_cannot_submit_before_the_fee_is_paid() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), confirmed("DOC-1"), verified("DOC-1")))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_FEE_NOT_PAID);
        }

        @Test
        void a7_cannot_submit_without_the_tracking_code() {
            refused(given(plus(officeOpened(), digitized(DOC_1, CLERK_1), assessed(), paid(), confirmed("DOC-1"),
                            verified("DOC-1")))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A7_TRACKING_CODE_REQUIRED);
        }

        @Test
        void a5_a_filing_is_submitted_with_its_documents() {
            refused(given(plus(officeOpened(), assessed(), paid(), contactsRegistered(CLERK_1), undertaking(CLERK_1),
                            codeIssuedAtOffice()))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A5_NO_DOCUMENTS);
        }

        @Test
        void a6_on_the_office_route_the_applicant_confirms_the_documents_first() {
            refused(given(plus(officeCodeIssued(), verified("DOC-1")))
                            .when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A6_APPLICANT_CONFIRMATION_REQUIRED);
        }

        @Test
        void a6_a_replacement_document_needs_the_applicants_confirmation_too() {
            List<Object> history = plus(officeCodeIssued(), confirmed("DOC-1"), rejected("DOC-1"),
                    new DocumentDigitized(FILING_ID, DOC_2, CLERK_1, "DOC-1"), verified("DOC-2"));

            refused(given(history).when(new SubmitToCompetentAuthority(FILING_ID), CLERK.asMetaData()),
                    Rule.A6_APPLICANT_CONFIRMATION_REQUIRED);
        }

        @Test
        void a6_only_the_office_holding_the_filing_may_act() {
            refused(given(officeReadyToSubmit()).when(new SubmitToCompetentAuthority(FILING_ID),
                    CLERK_OF_OFFICE_2.asMetaData()), Rule.A6_OTHER_OFFICE);
        }

        @Test
        void a6_a_former_staff_member_may_no_longer_act() {
            refused(given(officeReadyToSubmit()).when(new SubmitToCompetentAuthority(FILING_ID),
                    FORMER_CLERK.asMetaData()), Rule.A6_NOT_OFFICE_STAFF);
        }

        @Test
        void a5_the_applicant_does_not_submit_a_portal_filing_to_the_authority_alone() {
            refused(given(portalCodeIssued()).when(new SubmitToCompetentAuthority(FILING_ID), APPLICANT_ACTOR.asMetaData()),
                    Rule.A5_ORIGINALS_NOT_RECEIVED);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("ir.daftar.core.filing.FilingTest#everyOfficeActAfterSubmission")
        void a5_after_submission_nothing_but_a_contact_change_is_accepted(Object command) {
            refused(given(officeSubmitted()).when(command, CLERK.asMetaData()), Rule.A5_ALREADY_SUBMITTED);
        }
    }

    @Nested
    @DisplayName("Authority before state")
    class AuthorityBeforeState {

        @ParameterizedTest
        @MethodSource("ir.daftar.core.filing.FilingTest#everyOfficeActOnAHeldFiling")
        void a6_staff_of_another_office_learn_nothing_of_a_submitted_filing(Object command) {
            refused(given(officeSubmitted()).when(command, CLERK_OF_OFFICE_2.asMetaData()), Rule.A6_OTHER_OFFICE);
        }

        @Test
        void a6_identity_already_verified_is_not_told_to_a_clerk_of_another_office() {
            refused(given(officeOpened()).when(new VerifyIdentity(FILING_ID, IdentityVerificationMethod.FINGERPRINT),
                    CLERK_OF_OFFICE_2.asMetaData()), Rule.A6_OTHER_OFFICE);
        }

        @Test
        void a5_tracking_code_already_issued_is_not_told_to_another_applicant() {
            refused(given(portalCodeIssued()).when(new IssueTrackingCode(FILING_ID), SOMEONE_ELSE.asMetaData()),
                    Rule.A5_APPLICANT_ONLY);
        }

        @Test
        void a5_fee_already_paid_is_not_told_to_an_applicant_of_another_filing_held_by_an_office() {
            refused(given(portalWithOriginals()).when(pay(FEE, "RCPT-78"), SOMEONE_ELSE.asMetaData()),
                    Rule.A6_OTHER_OFFICE);
        }

        @ParameterizedTest
        @MethodSource("ir.daftar.core.filing.FilingTest#everyOfficeActOnAHeldFiling")
        void a6_court_staff_are_not_told_the_office_side_state(Object command) {
            refused(given(officeSubmitted()).when(command, COURT_CLERK.asMetaData()), Rule.A6_OTHER_OFFICE);
        }
    }

    @Nested
    @DisplayName("ChangeContactDetails")
    class ChangeContactDetailsCommand {

        @Test
        void a7_the_applicant_registers_a_change_and_the_earlier_details_stay_on_record() {
            given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                    .when(new ChangeContactDetails(FILING_ID, NEW_CONTACTS), APPLICANT_ACTOR.asMetaData())
                    .expectEvents(new ContactDetailsChanged(FILING_ID, CONTACTS, NEW_CONTACTS));
        }

        @Test
        void a7_contact_change_after_submission_is_allowed() {
            given(officeSubmitted())
                    .when(new ChangeContactDetails(FILING_ID, NEW_CONTACTS), APPLICANT_ACTOR.asMetaData())
                    .expectEvents(new ContactDetailsChanged(FILING_ID, CONTACTS, NEW_CONTACTS));
        }

        @Test
        void a7_each_change_starts_from_the_details_in_force() {
            ContactDetails third = new ContactDetails(new MobileNumber("09129998877"), new ElectronicAddress("sana:5555555"));

            given(plus(officeSubmitted(), new ContactDetailsChanged(FILING_ID, CONTACTS, NEW_CONTACTS)))
                    .when(new ChangeContactDetails(FILING_ID, third), APPLICANT_ACTOR.asMetaData())
                    .expectEvents(new ContactDetailsChanged(FILING_ID, NEW_CONTACTS, third));
        }

        @Test
        void a7_only_the_applicant_changes_contact_details() {
            refused(given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                            .when(new ChangeContactDetails(FILING_ID, NEW_CONTACTS), CLERK.asMetaData()),
                    Rule.A7_CHANGE_BY_APPLICANT_ONLY);
        }

        @Test
        void a7_another_person_cannot_change_the_applicants_contact_details() {
            refused(given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                            .when(new ChangeContactDetails(FILING_ID, NEW_CONTACTS), SOMEONE_ELSE.asMetaData()),
                    Rule.A7_CHANGE_BY_APPLICANT_ONLY);
        }

        @Test
        void a7_details_are_registered_before_they_can_change() {
            refused(given(officeOpened())
                            .when(new ChangeContactDetails(FILING_ID, NEW_CONTACTS), APPLICANT_ACTOR.asMetaData()),
                    Rule.A7_CONTACT_DETAILS_REQUIRED);
        }

        @Test
        void a7_a_change_to_the_details_in_force_is_no_change_however_it_is_written() {
            ContactDetails sameAsTyped = new ContactDetails(MobileNumber.parse("+98 912 123 4567"),
                    ElectronicAddress.parse("SANA:۱۲۳۴۵۶۷۸۹۰"));

            refused(given(plus(officeOpened(), contactsRegistered(CLERK_1)))
                            .when(new ChangeContactDetails(FILING_ID, sameAsTyped), APPLICANT_ACTOR.asMetaData()),
                    Rule.A7_CONTACT_DETAILS_UNCHANGED);
        }
    }

    /**
     * Both routes from the first command to the last, one command at a time: each step is run
     * against the events of the steps before it, so the chain proves that these commands, in
     * this order and by these people, produce exactly these events.
     */
    @Nested
    @DisplayName("Happy paths")
    class HappyPaths {

        record Step(String name, Object command, Actor actor, Object event) {
        }

        @TestFactory
        Stream<DynamicTest> a6_office_route_from_start_to_submission_and_a_later_contact_change() {
            return run(List.of(
                    new Step("clerk starts the filing", startAtOffice(), CLERK, startedAtOffice()),
                    new Step("clerk verifies identity",
                            new VerifyIdentity(FILING_ID, IdentityVerificationMethod.NATIONAL_SMART_CARD), CLERK,
                            identityVerified()),
                    new Step("clerk digitizes the petition", new DigitizeDocument(FILING_ID, DOC_1, null), CLERK,
                            digitized(DOC_1, CLERK_1)),
                    new Step("system assesses the fee", new AssessCourtFee(FILING_ID), CLERK, assessed()),
                    new Step("fee is paid with a receipt", pay(FEE, "RCPT-77"), CLERK, paid()),
                    new Step("clerk registers the contacts", new RegisterContactDetails(FILING_ID, CONTACTS), CLERK,
                            contactsRegistered(CLERK_1)),
                    new Step("applicant signs the undertaking", new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH),
                            CLERK, undertaking(CLERK_1)),
                    new Step("office issues the tracking code", new IssueTrackingCode(FILING_ID), CLERK,
                            codeIssuedAtOffice()),
                    new Step("applicant confirms the documents", new RecordApplicantConfirmation(FILING_ID), CLERK,
                            confirmed("DOC-1")),
                    new Step("legal expert verifies conformity", new VerifyDocumentConformity(FILING_ID, "DOC-1"),
                            LEGAL_EXPERT, verified("DOC-1")),
                    new Step("manager submits", new SubmitToCompetentAuthority(FILING_ID), MANAGER,
                            submitted(MANAGER_1)),
                    new Step("applicant changes the contacts", new ChangeContactDetails(FILING_ID, NEW_CONTACTS),
                            APPLICANT_ACTOR, new ContactDetailsChanged(FILING_ID, CONTACTS, NEW_CONTACTS))));
        }

        @TestFactory
        Stream<DynamicTest> a5_portal_route_from_start_to_submission_and_a_later_contact_change() {
            return run(List.of(
                    new Step("applicant starts on the portal", startOnPortal(), APPLICANT_ACTOR, startedOnPortal()),
                    new Step("applicant digitizes the petition", new DigitizeDocument(FILING_ID, DOC_1, null),
                            APPLICANT_ACTOR, digitized(DOC_1, APPLICANT_CODE)),
                    new Step("system assesses the fee", new AssessCourtFee(FILING_ID), APPLICANT_ACTOR, assessed()),
                    new Step("applicant pays electronically", pay(FEE, "RCPT-77"), APPLICANT_ACTOR, paid()),
                    new Step("applicant registers the contacts", new RegisterContactDetails(FILING_ID, CONTACTS),
                            APPLICANT_ACTOR, contactsRegistered(APPLICANT_CODE)),
                    new Step("applicant acknowledges the undertaking",
                            new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH), APPLICANT_ACTOR,
                            undertaking(APPLICANT_CODE)),
                    new Step("applicant obtains the tracking code", new IssueTrackingCode(FILING_ID), APPLICANT_ACTOR,
                            codeIssuedOnPortal()),
                    new Step("office receives the originals", new ReceiveOriginals(FILING_ID), CLERK, originalsReceived()),
                    new Step("legal expert verifies conformity", new VerifyDocumentConformity(FILING_ID, "DOC-1"),
                            LEGAL_EXPERT, verified("DOC-1")),
                    new Step("clerk submits", new SubmitToCompetentAuthority(FILING_ID), CLERK, submitted(CLERK_1)),
                    new Step("applicant changes the contacts", new ChangeContactDetails(FILING_ID, NEW_CONTACTS),
                            APPLICANT_ACTOR, new ContactDetailsChanged(FILING_ID, CONTACTS, NEW_CONTACTS))));
        }

        private Stream<DynamicTest> run(List<Step> steps) {
            List<Object> events = steps.stream().map(Step::event).toList();
            return IntStream.range(0, steps.size()).mapToObj(i -> DynamicTest.dynamicTest(
                    (i + 1) + ". " + steps.get(i).name(),
                    () -> newFixture().givenCurrentTime(NOW).andGiven(events.subList(0, i))
                            .when(steps.get(i).command(), steps.get(i).actor().asMetaData())
                            .expectSuccessfulHandlerExecution()
                            .expectEvents(steps.get(i).event())));
        }
    }

    // ---- parameter sources ----------------------------------------------------------------

    /** Every act of the office on an office filing, other than verifying identity. */
    static Stream<Arguments> officeActsOnAFreshOfficeFiling() {
        return Stream.of(
                new DigitizeDocument(FILING_ID, DOC_1, null),
                new RecordApplicantConfirmation(FILING_ID),
                new AssessCourtFee(FILING_ID),
                pay(FEE, "RCPT-77"),
                new VerifyDocumentConformity(FILING_ID, "DOC-1"),
                new RejectDocumentConformity(FILING_ID, "DOC-1", "ناخوانا"),
                new RegisterContactDetails(FILING_ID, CONTACTS),
                new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH),
                new IssueTrackingCode(FILING_ID),
                new SubmitToCompetentAuthority(FILING_ID)).map(FilingTest::named);
    }

    /** Every command but the applicant's contact change (and the idempotent start). */
    static Stream<Arguments> everyOfficeActAfterSubmission() {
        return Stream.of(
                new VerifyIdentity(FILING_ID, IdentityVerificationMethod.FINGERPRINT),
                new DigitizeDocument(FILING_ID, DOC_3, null),
                new DigitizeDocument(FILING_ID, DOC_2, "DOC-1"),
                new RecordApplicantConfirmation(FILING_ID),
                new AssessCourtFee(FILING_ID),
                pay(FEE, "RCPT-78"),
                new ReceiveOriginals(FILING_ID),
                new VerifyDocumentConformity(FILING_ID, "DOC-1"),
                new RejectDocumentConformity(FILING_ID, "DOC-1", "ناخوانا"),
                new RegisterContactDetails(FILING_ID, NEW_CONTACTS),
                new AcknowledgeNotificationUndertaking(FILING_ID, FORM_HASH),
                new IssueTrackingCode(FILING_ID),
                new SubmitToCompetentAuthority(FILING_ID)).map(FilingTest::named);
    }

    /** Every office-side act on a filing an office holds (receiving originals is any office's act on a portal filing). */
    static Stream<Arguments> everyOfficeActOnAHeldFiling() {
        return everyOfficeActAfterSubmission().filter(a -> !(((Named<?>) a.get()[0]).getPayload() instanceof ReceiveOriginals));
    }

    /** A petition, request or complaint before a court, prosecutor or council, with the 1404 fee. */
    static Stream<Arguments> feeCases() {
        return Stream.of(
                feeCase("financial petition at a court", FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                        AuthorityKind.COURT, 8_500_000L),
                feeCase("small financial petition at a court: the minimum", FilingKind.PETITION, ClaimNature.FINANCIAL,
                        1_000_000L, AuthorityKind.COURT, 150_000L),
                feeCase("non-financial petition at a court", FilingKind.PETITION, ClaimNature.NON_FINANCIAL, null,
                        AuthorityKind.COURT, 1_500_000L),
                feeCase("financial petition at a council", FilingKind.PETITION, ClaimNature.FINANCIAL, CLAIM,
                        AuthorityKind.DISPUTE_RESOLUTION_COUNCIL, 4_000_000L),
                feeCase("request at a council", FilingKind.REQUEST, null, null,
                        AuthorityKind.DISPUTE_RESOLUTION_COUNCIL, 200_000L),
                feeCase("complaint at a prosecutor's office", FilingKind.COMPLAINT, null, null,
                        AuthorityKind.PROSECUTOR_OFFICE, 300_000L));
    }

    private static Arguments feeCase(String name, FilingKind kind, ClaimNature nature, Long value, AuthorityKind authority,
                                     long expected) {
        CompetentAuthority competent = new CompetentAuthority("AUTH-1", authority, "مرجع");
        FilingStarted started = new FilingStarted(FILING_ID, FilingRoute.PORTAL, kind, nature, value, APPLICANT,
                List.of(), competent, SUBJECT, null, FINGERPRINT);
        return Arguments.of(Named.of(name, started), expected);
    }

    private static Arguments named(Object command) {
        return Arguments.of(Named.of(command.getClass().getSimpleName(), command));
    }

    private static StaffMember staff(String nationalCode, String name, StaffRole role) {
        return new StaffMember(new ir.daftar.core.party.NationalCode(nationalCode), name, role, true);
    }
}
