package ir.daftar.projections.testing;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.filing.ElectronicDocument;
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
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.IdentityVerificationMethod;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Filings told as the events the {@code Filing} aggregate would record, with fixed ids, people
 * and times, as Axon delivers them: domain event messages with sequence numbers, timestamps and
 * the actor metadata.
 */
public final class FilingStory {

    public static final String OFFICE_ID = "office-1201";
    public static final String CLERK_ID = "0067749828";
    public static final String LEGAL_EXPERT_ID = "0013542419";

    /** The applicant (natural person) and the national code they type at lookup. */
    public static final String APPLICANT_NATIONAL_CODE = "1234567891";
    public static final String APPLICANT_NAME = "علی احمدی";
    /** A valid national code that is not the applicant's. */
    public static final String OTHER_NATIONAL_CODE = "2345678909";

    /** Third parties and contact details: none of this may reach the case-status tables. */
    public static final String DEFENDANT_NATIONAL_CODE = "9876543210";
    public static final String DEFENDANT_NAME = "رضا محمدی";
    public static final String SECOND_DEFENDANT_NAME = "شرکت بازرگانی نمونه";
    public static final String MOBILE = "09121234567";
    public static final String NEW_MOBILE = "09357654321";
    public static final String EMAIL = "ali.ahmadi@example.com";
    public static final String SANA_ADDRESS = "sana:4458812207";
    public static final String SUBJECT = "مطالبه وجه چک به مبلغ پانصد میلیون ریال";

    public static final CompetentAuthority COURT =
            new CompetentAuthority("court-tehran-12", AuthorityKind.COURT, "دادگاه عمومی حقوقی تهران، شعبه ۱۲");

    public static final Instant T0 = Instant.parse("2025-03-01T06:30:00.123456Z");
    public static final Duration STEP = Duration.ofMinutes(7);

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);
    private static final String SHA_C = "c".repeat(64);

    private FilingStory() {
    }

    /** A tracking code that never appears in a story unless passed to it. */
    public static TrackingCode trackingCode(long seed) {
        return TrackingCode.random(new Random(seed));
    }

    /**
     * A6: a petition filed at an office from start to submission, then a contact change by the
     * applicant; twelve events, seq 0..11.
     */
    public static List<DomainEventMessage<FilingEvent>> officeRoute(String filingId, TrackingCode trackingCode) {
        Party applicant = new Party(PersonType.NATURAL, APPLICANT_NATIONAL_CODE, APPLICANT_NAME);
        Party defendant = new Party(PersonType.NATURAL, DEFENDANT_NATIONAL_CODE, DEFENDANT_NAME);
        Party unknownDefendant = new Party(PersonType.LEGAL, null, SECOND_DEFENDANT_NAME);
        ContactDetails contact = new ContactDetails(new MobileNumber(MOBILE), new ElectronicAddress(EMAIL));
        ContactDetails changed = new ContactDetails(new MobileNumber(NEW_MOBILE), new ElectronicAddress(SANA_ADDRESS));
        Stream story = new Stream(filingId);
        MetaData clerk = staff(CLERK_ID, ActorRole.OFFICE_CLERK);
        MetaData legalExpert = staff(LEGAL_EXPERT_ID, ActorRole.OFFICE_LEGAL_EXPERT);
        story.add(new FilingStarted(filingId, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL,
                500_000_000L, applicant, List.of(defendant, unknownDefendant), COURT, SUBJECT, OFFICE_ID,
                "fingerprint-" + filingId), clerk);
        story.add(new IdentityVerified(filingId, OFFICE_ID, CLERK_ID, IdentityVerificationMethod.NATIONAL_SMART_CARD), clerk);
        story.add(new DocumentDigitized(filingId, new ElectronicDocument("doc-1", "دادخواست", 3, SHA_A), CLERK_ID, null),
                clerk);
        story.add(new ApplicantConfirmedDocuments(filingId, List.of("doc-1"), CLERK_ID), clerk);
        story.add(new CourtFeeAssessed(filingId, 12_500_000L, "tariff-1403",
                new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, 500_000_000L, AuthorityKind.COURT)), clerk);
        story.add(new CourtFeePaid(filingId, "PAY-77812", 12_500_000L, "RCPT-99120"), clerk);
        story.add(new DocumentConformityVerified(filingId, "doc-1", OFFICE_ID, LEGAL_EXPERT_ID), legalExpert);
        story.add(new ContactDetailsRegistered(filingId, contact, CLERK_ID), clerk);
        story.add(new NotificationUndertakingAcknowledged(filingId, SHA_B, CLERK_ID), clerk);
        story.add(new TrackingCodeIssued(filingId, trackingCode, OFFICE_ID, CLERK_ID), clerk);
        story.add(new SubmittedToCompetentAuthority(filingId, COURT, OFFICE_ID, LEGAL_EXPERT_ID), legalExpert);
        story.add(new ContactDetailsChanged(filingId, contact, changed), applicant());
        return story.messages();
    }

    /**
     * A5: a petition started on the portal; an office receives the originals after the tracking
     * code, rejects a scan, gets a replacement, verifies it and submits; twelve events, seq 0..11.
     */
    public static List<DomainEventMessage<FilingEvent>> portalRoute(String filingId, TrackingCode trackingCode) {
        Party applicant = new Party(PersonType.NATURAL, APPLICANT_NATIONAL_CODE, APPLICANT_NAME);
        Party defendant = new Party(PersonType.NATURAL, DEFENDANT_NATIONAL_CODE, DEFENDANT_NAME);
        ContactDetails contact = new ContactDetails(new MobileNumber(MOBILE), new ElectronicAddress(EMAIL));
        Stream story = new Stream(filingId);
        MetaData self = applicant();
        MetaData clerk = staff(CLERK_ID, ActorRole.OFFICE_CLERK);
        story.add(new FilingStarted(filingId, FilingRoute.PORTAL, FilingKind.PETITION, ClaimNature.NON_FINANCIAL, null,
                applicant, List.of(defendant), COURT, SUBJECT, null, "fingerprint-" + filingId), self);
        story.add(new DocumentDigitized(filingId, new ElectronicDocument("doc-1", "دادخواست", 2, SHA_A), APPLICANT_NATIONAL_CODE,
                null), self);
        story.add(new CourtFeeAssessed(filingId, 600_000L, "tariff-1403",
                new CourtFeeInputs(FilingKind.PETITION, ClaimNature.NON_FINANCIAL, null, AuthorityKind.COURT)), self);
        story.add(new CourtFeePaid(filingId, "PAY-1", 600_000L, "RCPT-1"), self);
        story.add(new ContactDetailsRegistered(filingId, contact, APPLICANT_NATIONAL_CODE), self);
        story.add(new NotificationUndertakingAcknowledged(filingId, SHA_B, APPLICANT_NATIONAL_CODE), self);
        story.add(new TrackingCodeIssued(filingId, trackingCode, null, null), self);
        story.add(new OriginalsReceived(filingId, OFFICE_ID, CLERK_ID), clerk);
        story.add(new DocumentConformityRejected(filingId, "doc-1", OFFICE_ID, CLERK_ID, "صفحه دوم ناخواناست"), clerk);
        story.add(new DocumentDigitized(filingId, new ElectronicDocument("doc-2", "دادخواست", 2, SHA_C), CLERK_ID, "doc-1"),
                clerk);
        story.add(new DocumentConformityVerified(filingId, "doc-2", OFFICE_ID, CLERK_ID), clerk);
        story.add(new SubmittedToCompetentAuthority(filingId, COURT, OFFICE_ID, CLERK_ID), clerk);
        return story.messages();
    }

    /** When the event at {@code seq} of a story was recorded. */
    public static Instant at(long seq) {
        return T0.plus(STEP.multipliedBy(seq));
    }

    private static MetaData staff(String id, ActorRole role) {
        return MetaData.with(MetaDataKeys.ACTOR_ID, id).and(MetaDataKeys.ACTOR_ROLE, role.name())
                .and(MetaDataKeys.OFFICE_ID, OFFICE_ID);
    }

    private static MetaData applicant() {
        return MetaData.with(MetaDataKeys.ACTOR_ID, APPLICANT_NATIONAL_CODE)
                .and(MetaDataKeys.ACTOR_ROLE, ActorRole.APPLICANT.name());
    }

    /** One filing's stream: sequence numbers from 0, a fixed step between timestamps, stable message ids. */
    private static final class Stream {
        private final String filingId;
        private final List<DomainEventMessage<FilingEvent>> messages = new ArrayList<>();

        Stream(String filingId) {
            this.filingId = filingId;
        }

        void add(FilingEvent event, MetaData metaData) {
            long seq = messages.size();
            String id = UUID.nameUUIDFromBytes((filingId + "/" + seq).getBytes(StandardCharsets.UTF_8)).toString();
            messages.add(new GenericDomainEventMessage<>("Filing", filingId, seq, event, metaData, id, at(seq)));
        }

        List<DomainEventMessage<FilingEvent>> messages() {
            return List.copyOf(messages);
        }
    }
}
