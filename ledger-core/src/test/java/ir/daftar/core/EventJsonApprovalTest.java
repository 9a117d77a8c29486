package ir.daftar.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import ir.daftar.core.access.AccessEvent;
import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.calendar.HolidayEntry;
import ir.daftar.core.calendar.HolidayListEvent;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import ir.daftar.core.calendar.OfficialHolidayLists;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.common.Rule;
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
import ir.daftar.core.inspection.InspectionEvent;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.core.kanoon.BoardQualification;
import ir.daftar.core.kanoon.BoardSeatKind;
import ir.daftar.core.kanoon.Council;
import ir.daftar.core.kanoon.CouncilEvent;
import ir.daftar.core.kanoon.KanoonEvent;
import ir.daftar.core.kanoon.BoardOffice;
import ir.daftar.core.kanoon.KanoonBoardEvent;
import ir.daftar.core.kanoon.SealedBallot;
import ir.daftar.core.kanoon.Term;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.DeadlineKind;
import ir.daftar.core.notice.DeadlineRule;
import ir.daftar.core.notice.NoticeContent;
import ir.daftar.core.notice.NoticeEvent;
import ir.daftar.core.notice.NoticeKind;
import ir.daftar.core.notice.Recipient;
import ir.daftar.core.notice.RecipientRole;
import ir.daftar.core.notice.ViewChannel;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.LicenceTerms;
import ir.daftar.core.office.MinimumStaffing;
import ir.daftar.core.office.OfficeEvent.MinimumStaffingOrdered;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.paper.PaperFileEvent;
import ir.daftar.core.party.NationalCode;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import ir.daftar.core.report.ExternalReportEvent;
import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyEvent;
import ir.daftar.core.report.ReportingBodyKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The event JSON is a contract (style.md, "Messages"): every event type, built with fixed
 * values, must serialize exactly as its approved file under {@code src/test/resources/approved}
 * and read back to an equal event. A change of shape means a new revision and an upcaster,
 * not an edited file. To (re)write the files after a deliberate change, run once with
 * {@code -Dapprove=true} and review the diff by eye.
 *
 * <p>The event types are discovered, not listed: every sealed interface named {@code ...Event}
 * in ledger-core's main classes, and every record it permits. A new event type, or a new sealed
 * event interface, without a sample here and an approved file fails the build; so does an
 * event carrying {@code @Revision} that no sealed event interface permits.
 *
 * <h2>The day a stored event's form changes</h2>
 * Stored events live forever and are never rewritten; they are upcast on reading. The pattern,
 * say for {@code FilingStarted} gaining a field:
 * <ol>
 *   <li>Move today's approved file to {@code approved/revision-1/FilingStarted.json}; it stays, as
 *       the form of every {@code FilingStarted} already stored. Raise the record's
 *       {@code @Revision} to {@code "2"} and approve its new form as {@code approved/FilingStarted.json}.</li>
 *   <li>Write the upcaster as an Axon {@code SingleEventUpcaster} that matches the payload type
 *       {@code ir.daftar.core.filing.FilingEvent$FilingStarted} at revision {@code "1"} and
 *       rewrites the JSON tree to revision {@code "2"}
 *       ({@code upcastPayload(new SimpleSerializedType(type, "2"), JsonNode.class, node -> ...)}),
 *       and register it in the application's upcaster chain.</li>
 *   <li>Test it here beside the approvals: wrap the revision-1 file in an
 *       {@code InitialEventRepresentation} of a {@code GenericDomainEventEntry} (payload type and
 *       revision "1", fixed ids and timestamp), run it through the upcaster chain, deserialize the
 *       result with this mapper, and assert it equals the revision-2 sample with the value the
 *       upcaster supplies for the new field. Keep a second test that a revision-2 event passes
 *       through unchanged.</li>
 *   <li>Extend {@link #every_approved_file_belongs_to_an_event_type} to accept the
 *       {@code approved/revision-N/} folders, each file there naming an event type and read by an
 *       upcaster test.</li>
 * </ol>
 */
class EventJsonApprovalTest {

    private static final boolean APPROVE = Boolean.getBoolean("approve");

    /** Configured like the ledger's event serializer (Jackson, ISO dates), strict about unknown fields. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .findAndRegisterModules();

    private static final Path APPROVED = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("src/test/resources/approved");

    /** Every main class of ledger-core, as the architecture test sees it. */
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ir.daftar.core");

    /** The sealed event interfaces of ledger-core, found in its classes rather than listed here. */
    static List<Class<?>> eventInterfaces() {
        return CORE.stream()
                .filter(c -> c.isInterface() && c.getSimpleName().endsWith("Event"))
                .map(JavaClass::reflect)
                .filter(Class::isSealed)
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(c -> c)
                .toList();
    }

    // ---- fixed values ----------------------------------------------------------------------

    static final String FILING = "0b8f3c2e-5a1d-4e7b-9c36-2d4f8a1e7b90";
    static final String OFFICE = "OFF-101";
    static final String CLERK = "0011000041";
    static final String LEGAL_EXPERT = "0011000023";
    static final String MANAGER = "0011000015";
    static final Party APPLICANT = new Party(PersonType.NATURAL, "0499370899", "علی رضایی");
    static final Party DEFENDANT = new Party(PersonType.LEGAL, "10380284790", "شرکت نمونه سهامی خاص");
    static final CompetentAuthority COURT = new CompetentAuthority("TEH-CIV-12", AuthorityKind.COURT,
            "شعبه ۱۲ دادگاه عمومی حقوقی تهران");
    static final ElectronicDocument PETITION = new ElectronicDocument("DOC-2", "دادخواست", 2,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    static final ContactDetails CONTACTS = new ContactDetails(new MobileNumber("09121234567"),
            new ElectronicAddress("sana:1234567890"));
    static final ContactDetails NEW_CONTACTS = new ContactDetails(new MobileNumber("09351112233"),
            new ElectronicAddress("ali.rezaei@example.ir"));

    /** One sample per event type; a new event type without a sample fails {@link #every_event_type_has_a_sample_and_an_approved_file}. */
    static Map<Class<?>, Object> samples() {
        Map<Class<?>, Object> samples = new LinkedHashMap<>();
        add(samples, new FilingStarted(FILING, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL,
                300_000_000L, APPLICANT, List.of(DEFENDANT, new Party(PersonType.NATURAL, null, "ناشناس")), COURT,
                "مطالبه وجه چک", OFFICE, "sha256:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"));
        add(samples, new IdentityVerified(FILING, OFFICE, CLERK, IdentityVerificationMethod.NATIONAL_SMART_CARD));
        add(samples, new DocumentDigitized(FILING, PETITION, CLERK, "DOC-1"));
        add(samples, new ApplicantConfirmedDocuments(FILING, List.of("DOC-2", "DOC-3"), CLERK));
        add(samples, new CourtFeeAssessed(FILING, 8_500_000L, "1404",
                new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, 300_000_000L, AuthorityKind.COURT)));
        add(samples, new CourtFeePaid(FILING, "PAY-1404-000123", 8_500_000L, "RCPT-000777"));
        add(samples, new OriginalsReceived(FILING, OFFICE, CLERK));
        add(samples, new DocumentConformityVerified(FILING, "DOC-2", OFFICE, LEGAL_EXPERT));
        add(samples, new DocumentConformityRejected(FILING, "DOC-1", OFFICE, LEGAL_EXPERT, "تصویر ناخوانا است"));
        add(samples, new ContactDetailsRegistered(FILING, CONTACTS, CLERK));
        add(samples, new NotificationUndertakingAcknowledged(FILING,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", CLERK));
        add(samples, new TrackingCodeIssued(FILING, new TrackingCode("4829135702648156"), OFFICE, CLERK));
        add(samples, new SubmittedToCompetentAuthority(FILING, COURT, OFFICE, MANAGER));
        add(samples, new ContactDetailsChanged(FILING, CONTACTS, NEW_CONTACTS));
        add(samples, new FilingEvent.PaperComplaintRegistered(FILING, "TEH-PROS-1", "P-1405/77", List.of(PETITION),
                "COURT-TEH-PROS-1-03"));
        add(samples, new FilingEvent.RegisteredAsCase(FILING, "TEH-CIV-12", "1405-77", "شعبه ۱۲",
                java.time.LocalDate.of(2026, 11, 28), "COURT-TEH-CIV-12-07"));
        add(samples, new FilingEvent.FilingReturned(FILING, "TEH-CIV-12", "خواسته تقویم نشده است", "COURT-TEH-CIV-12-07"));

        add(samples, new OfficeRegistered(OFFICE, "دفتر خدمات الکترونیک قضایی کد ۱۰۱", OfficeOrigin.NOTARY_OFFICE,
                "تهران", "تهران"));
        add(samples, new StaffMemberAppointed(OFFICE,
                new StaffMember(new NationalCode(MANAGER), "زهرا احمدی", StaffRole.MANAGER, true)));
        add(samples, new StaffAppointmentEnded(OFFICE, CLERK, StaffRole.CLERK, "استعفا"));
        add(samples, new OfficeEvent.StaffEligibilityVerified(OFFICE, MANAGER, StaffRole.MANAGER,
                ir.daftar.core.calendar.JalaliDate.parse("1405/06/20"), new ir.daftar.core.office.StaffEligibility(
                new ir.daftar.core.office.StaffEligibility.GeneralConditions("شناسنامه ۱۲۳۴۵۶", "گزینش ۱۴۰۵/۲۲۱",
                        "گزینش ۱۴۰۵/۲۲۱", "آزمایش ۹۸۷۶", "گواهی عدم سوء پیشینه ۵۵۴۴۳۳",
                        ir.daftar.core.office.MilitaryService.NOT_APPLICABLE, null, "گواهی پزشکی ۴۴۵۵"),
                new ir.daftar.core.office.StaffEligibility.Qualifications(ir.daftar.core.office.DegreeLevel.MASTER,
                        ir.daftar.core.office.StudyField.LAW, "حقوق خصوصی", ir.daftar.core.calendar.JalaliDate.parse("1360/02/11"),
                        12, "اداره کل ۱۴۰۵/۳۱۲", "سابقه خدمت تأییدشده ۱۴۰۵/۹۹"),
                new ir.daftar.core.office.StaffEligibility.Prohibitions(false, false, false, false, false))));
        add(samples, new MinimumStaffingOrdered(OFFICE, new MinimumStaffing(Map.of(
                StaffRole.MANAGER, 1, StaffRole.LEGAL_EXPERT, 2, StaffRole.IT_EXPERT, 1, StaffRole.CLERK, 4))));
        add(samples, new OfficeEvent.LicenceRequired(OFFICE));
        add(samples, new OfficeEvent.LicenceDecisionProposed(OFFICE, "LIC-1404-001", LicenceDecisionKind.ISSUE,
                LicenceTerms.until(Instant.parse("2030-03-20T20:30:00Z")), "جلسه ۱۲ شورای مشورتی", "احراز شرایط متقاضی"));
        add(samples, new OfficeEvent.LicenceDecisionOpinionGiven(OFFICE, "LIC-1404-001", true, "موافق"));
        add(samples, new OfficeEvent.LicenceDecisionDecided(OFFICE, "LIC-1404-001", LicenceDecisionKind.ISSUE, true, null));
        add(samples, new OfficeEvent.LicenceSuspensionEnded(OFFICE, "LIC-1404-002", Instant.parse("2026-06-21T20:30:00Z")));

        addInspectionSamples(samples);
        addNoticeSamples(samples);
        addReportAndPaperFileSamples(samples);
        addEstablishmentSamples(samples);
        addDisciplineSamples(samples);
        addKanoonSamples(samples);
        addComplaintAndBudgetSamples(samples);
        addKanoonBoardSamples(samples);
        addOfficeServiceChargeSamples(samples);
        return samples;
    }

    // ---- discipline (A34-A38; ADR 1200) ----
    static final String DISCIPLINARY_CASE = "DC-1405-0012";

    private static void addDisciplineSamples(Map<Class<?>, Object> samples) {
        List<ir.daftar.core.discipline.BoardMember> primary = List.of(
                new ir.daftar.core.discipline.BoardMember("0011000201", ir.daftar.core.discipline.BoardSeat.JUDGE, "قاضی یکم", null),
                new ir.daftar.core.discipline.BoardMember("0011000202", ir.daftar.core.discipline.BoardSeat.JUDGE, "قاضی دوم", null),
                new ir.daftar.core.discipline.BoardMember("0011000203", ir.daftar.core.discipline.BoardSeat.KANOON_REPRESENTATIVE,
                        "نماینده کانون", false));
        ir.daftar.core.discipline.Penalty suspension = ir.daftar.core.discipline.Penalty.suspension(3);
        add(samples, new ir.daftar.core.discipline.BoardEvent.BoardConstituted("BRD-P-1", ir.daftar.core.discipline.BoardLevel.PRIMARY,
                "تهران", primary));
        add(samples, new ir.daftar.core.discipline.BoardEvent.BoardChairElected("BRD-P-1", "0011000201",
                new java.util.TreeMap<>(Map.of("0011000201", "0011000201", "0011000202", "0011000201", "0011000203",
                        "0011000202"))));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.DisciplinaryCaseOpened(DISCIPLINARY_CASE,
                ir.daftar.core.discipline.CaseOrigin.INSPECTION_FINDING, OFFICE, MANAGER, StaffRole.MANAGER, List.of(12), null,
                INSPECTION, "6f1c2b1e-0c1f-3d8e-9a55-2b8c4c1d9e01", List.of("e-101", "e-102")));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.CaseReferredToBoard(DISCIPLINARY_CASE, "BRD-P-1",
                ir.daftar.core.discipline.BoardLevel.PRIMARY, primary, "0011000201"));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingIssued(DISCIPLINARY_CASE, "RUL-1",
                ir.daftar.core.discipline.BoardLevel.PRIMARY, "BRD-P-1", "0011000201",
                List.of("0011000201", "0011000202", "0011000203"), List.of("0011000201", "0011000203"), suspension, List.of(12),
                "اخذ وجه بیش از تعرفه", false, null));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingNotified(DISCIPLINARY_CASE, "RUL-1", MANAGER,
                SERVED, APPEAL_DEADLINE));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.AppealLodged(DISCIPLINARY_CASE, "RUL-1", MANAGER,
                "اعتراض به رأی", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21)));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.CenterHeadObjected(DISCIPLINARY_CASE, "RUL-1",
                "رأی سنگین است"));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal(DISCIPLINARY_CASE, "RUL-2", OFFICE,
                MANAGER, suspension, ir.daftar.core.discipline.FinalityBasis.ON_APPEAL, Instant.parse("2026-07-01T08:00:00Z"),
                Instant.parse("2026-10-01T08:00:00Z")));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside(DISCIPLINARY_CASE, "RUL-1", "RUL-2",
                OFFICE, suspension));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.CrimeReferred(DISCIPLINARY_CASE,
                "دادسرای عمومی و انقلاب تهران", "جعل رسید"));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.ComplaintWithdrawn(DISCIPLINARY_CASE, "شاکی رضایت داد"));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandPublished(DISCIPLINARY_CASE, "RUL-1", OFFICE,
                MANAGER));
        add(samples, new ir.daftar.core.discipline.DisciplinaryCaseEvent.ReprimandWithdrawn(DISCIPLINARY_CASE, "RUL-1", OFFICE));
        add(samples, new OfficeEvent.LicenceSuspendedByRuling(OFFICE, "RUL-2", DISCIPLINARY_CASE,
                Instant.parse("2026-10-01T08:00:00Z")));
        add(samples, new OfficeEvent.LicenceRevokedByRuling(OFFICE, "RUL-2", DISCIPLINARY_CASE));
        add(samples, new OfficeEvent.DisciplinaryRulingLifted(OFFICE, "RUL-2", DISCIPLINARY_CASE));
    }

    static final String INSPECTION = "INS-1404-007";
    static final String INSPECTOR = "0011000066";

    private static void addInspectionSamples(Map<Class<?>, Object> samples) {
        add(samples, new InspectionEvent.InspectionOpened(INSPECTION, InspectionKind.PERIODIC, "KANOON-TEH", OFFICE,
                List.of(INSPECTOR), Instant.parse("2025-03-21T00:00:00Z"), Instant.parse("2025-09-22T00:00:00Z"), INSPECTOR));
        add(samples, new InspectionEvent.RequestSentToOffice(INSPECTION, OFFICE, "REQ-1", "فهرست قبوض صادره شهریور",
                Instant.parse("2025-10-01T12:30:00Z"), INSPECTOR));
        add(samples, new InspectionEvent.RequestAnswered(INSPECTION, OFFICE, "REQ-1", "فهرست پیوست شد", MANAGER));
        add(samples, new InspectionEvent.FindingAccepted(INSPECTION, "6f1c2b1e-0c1f-3d8e-9a55-2b8c4c1d9e01",
                Rule.A37_6_RECEIPT_REQUIRED, "A37", FILING, List.of("e-101", "e-102"), "قبض صادر نشده است", INSPECTOR));
        add(samples, new InspectionEvent.FindingDismissed(INSPECTION, "0a7e5d3c-1b2a-3c4d-8e9f-0a1b2c3d4e5f",
                Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, "تعطیلات رسمی", INSPECTOR));
        add(samples, new InspectionEvent.ReportFinalized(INSPECTION, OFFICE, "دو تخلف احراز شد",
                List.of("6f1c2b1e-0c1f-3d8e-9a55-2b8c4c1d9e01"), List.of("0a7e5d3c-1b2a-3c4d-8e9f-0a1b2c3d4e5f"), INSPECTOR));
        add(samples, new InspectionEvent.ReportSentToGd(INSPECTION, INSPECTOR));
        add(samples, new InspectionEvent.ReportCorrected(INSPECTION, "تاریخ بند ۲ اصلاح شد", INSPECTOR));
        add(samples, new AccessEvent.CaseDataRead(FILING, "history", "case work"));
        add(samples, new AccessEvent.OfficeRecordViewed(OFFICE, INSPECTION, "replay", "from=2025-03-21T00:00:00Z"));
    }

    static final String NOTICE = "NTC-1405-000042";
    static final String COURT_CLERK = "COURT-TEH-CIV-12-07";
    static final Instant SERVED = Instant.parse("2026-05-31T06:30:00Z");
    static final Deadline APPEAL_DEADLINE = new Deadline(new DeadlineRule(DeadlineKind.APPEAL, 20),
            LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 20));
    /** ADR 0800: a due date moved one day past a provisional holiday ... */
    static final Deadline ASHURA_DEADLINE_PROVISIONAL = new Deadline(new DeadlineRule(DeadlineKind.APPEAL, 20),
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 24), "hl-0123456789abcdef", List.of(LocalDate.of(2026, 6, 23)));
    /** ... and again once the official list put that holiday a day later. */
    static final Deadline ASHURA_DEADLINE_OFFICIAL = new Deadline(new DeadlineRule(DeadlineKind.APPEAL, 20),
            LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 25), "hl-fedcba9876543210", List.of());

    private static void addNoticeSamples(Map<Class<?>, Object> samples) {
        add(samples, new NoticeEvent.NoticeIssued(NOTICE, FILING, "TEH-CIV-12", NoticeKind.HEARING_DATE,
                new Recipient(RecipientRole.APPLICANT, MANAGER, "زهرا احمدی"), CONTACTS,
                new NoticeContent("وقت رسیدگی: ۱۴۰۵/۰۳/۱۰ ساعت ۹",
                        List.of("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")),
                new DeadlineRule(DeadlineKind.APPEAL, 20)));
        add(samples, new NoticeEvent.NoticeDeposited(NOTICE, FILING, MANAGER, CONTACTS, SERVED, APPEAL_DEADLINE));
        add(samples, new NoticeEvent.AlertSent(NOTICE, FILING, "ALR-1", new MobileNumber("09121234567"), "sms-gateway-1"));
        add(samples, new NoticeEvent.AlertDelivered(NOTICE, FILING, "ALR-1"));
        add(samples, new NoticeEvent.AlertFailed(NOTICE, FILING, "ALR-2", 3, "gateway timeout"));
        add(samples, new NoticeEvent.NoticeViewed(NOTICE, FILING, Instant.parse("2026-06-01T08:15:00Z"),
                ViewChannel.SANA_ACCOUNT, Instant.parse("2026-05-31T06:00:00Z")));
        add(samples, new NoticeEvent.LackOfAccessClaimed(NOTICE, FILING, "در بیمارستان بستری بودم"));
        add(samples, new NoticeEvent.LackOfAccessUpheld(NOTICE, FILING, SERVED, Instant.parse("2026-06-07T06:30:00Z"),
                new Deadline(new DeadlineRule(DeadlineKind.APPEAL, 20), LocalDate.of(2026, 6, 7), LocalDate.of(2026, 6, 27)),
                "گواهی بستری ارائه شد"));
        add(samples, new NoticeEvent.LackOfAccessDismissed(NOTICE, FILING, "ادعا اثبات نشد"));
        add(samples, new NoticeEvent.NoticeWithdrawn(NOTICE, FILING, "ابلاغ به اشتباه صادر شد"));
        add(samples, new NoticeEvent.DeadlineRecomputed(NOTICE, FILING, ASHURA_DEADLINE_PROVISIONAL, ASHURA_DEADLINE_OFFICIAL));
        add(samples, new HolidayListEvent.OfficialHolidaysLoaded(OfficialHolidayLists.ID, 1405, 2, List.of(
                new HolidayEntry(JalaliDate.parse("1405/01/01"), "عید نوروز", null),
                new HolidayEntry(JalaliDate.parse("1405/04/04"), "عاشورای حسینی", LunarHoliday.ASHURA)),
                "تقویم رسمی ۱۴۰۵، مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران"));
    }

    static final String REPORT = "RPT-1405-000009";
    static final String REPORTING_BODY = "RB-POLICE-TEH-7";
    static final String OFFICER = "0011000031";

    private static void addReportAndPaperFileSamples(Map<Class<?>, Object> samples) {
        add(samples, new ExternalReportEvent.ReportSubmitted(REPORT, FILING, REPORTING_BODY,
                ReportingBodyKind.JUDICIAL_OFFICERS_UNIT, ReportKind.RESULT_OF_ACTION, "گزارش معاینه محل",
                List.of(PETITION), new TrackingCode("4829135702648156"), "TEH-CIV-12", OFFICER));
        add(samples, new ExternalReportEvent.ReportAcknowledged(REPORT, FILING, "TEH-CIV-12", COURT_CLERK));
        add(samples, new ReportingBodyEvent.ReportingBodyRegistered(REPORTING_BODY, ReportingBodyKind.JUDICIAL_OFFICERS_UNIT,
                "کلانتری ۷ تهران", new LinkedHashSet<>(List.of(ReportKind.RESULT_OF_ACTION, ReportKind.EXECUTION_OF_ORDER)),
                List.of(OFFICER), "ADMIN-1"));
        add(samples, new ReportingBodyEvent.ReportingBodyUserAdded(REPORTING_BODY, "0011000058", "ADMIN-1"));
        add(samples, new PaperFileEvent.PaperFileRegistered("PF-1405-003", FILING, REPORTING_BODY, "P-1405/31",
                "ستوان یکم محمدی", 2, OFFICER));
        add(samples, new PaperFileEvent.PaperActRecorded("PF-1405-003", FILING, 1, "بازداشت متهم در محل"));
    }

    // ---- establishment of offices (A3, A14, A22(a); ADR 0920) ----
    private static void addEstablishmentSamples(Map<Class<?>, Object> samples) {
        String call = "CALL-1405-01";
        ir.daftar.core.establishment.Applicant applicant = new ir.daftar.core.establishment.Applicant(
                new ir.daftar.core.party.NationalCode(MANAGER), "مریم رضایی", "دفتر اسناد رسمی ۱۲ تهران");
        ir.daftar.core.office.StaffMember manager = new ir.daftar.core.office.StaffMember(
                new ir.daftar.core.party.NationalCode(MANAGER), "مریم رضایی", ir.daftar.core.office.StaffRole.MANAGER, true);
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.OfficeCallOpened(call, "تهران", "تهران", 2));
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived(call, "APP-7", applicant));
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted(call, "APP-7", true,
                "مدارک و سوابق کامل است", "RCPT-1405-000031", 5_000_000L));
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed(call, "APP-7", OFFICE,
                "دفتر خدمات الکترونیک قضایی کد ۱۰۱", OfficeOrigin.NOTARY_OFFICE, "دفتر اسناد رسمی ۱۲ تهران", "نیاز منطقه"));
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided(call, "APP-7", OFFICE, true,
                null));
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed(call, "APP-7", OFFICE, manager));
        add(samples, new ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished(call, "APP-7", OFFICE,
                "دفتر خدمات الکترونیک قضایی کد ۱۰۱", OfficeOrigin.NOTARY_OFFICE, "تهران", "تهران", manager,
                new ir.daftar.core.office.StaffEligibility(
                new ir.daftar.core.office.StaffEligibility.GeneralConditions("شناسنامه ۱۲۳۴۵۶", "گزینش ۱۴۰۵/۲۲۱",
                        "گزینش ۱۴۰۵/۲۲۱", "آزمایش ۹۸۷۶", "گواهی عدم سوء پیشینه ۵۵۴۴۳۳",
                        ir.daftar.core.office.MilitaryService.COMPLETED, "کارت ۷۷۸۸۹۹", "گواهی پزشکی ۴۴۵۵"),
                new ir.daftar.core.office.StaffEligibility.Qualifications(ir.daftar.core.office.DegreeLevel.MASTER,
                        ir.daftar.core.office.StudyField.LAW, "حقوق عمومی", ir.daftar.core.calendar.JalaliDate.parse("1362/08/01"),
                        9, "اداره کل ۱۴۰۵/۴۱۰", null),
                new ir.daftar.core.office.StaffEligibility.Prohibitions(false, false, false, false, false))));
        // office service fee schedules (A22(c), A24; ADR 0921)
        java.util.Map<String, Long> fees = new java.util.TreeMap<>(Map.of("PETITION_FILING", 250_000L, "DOCUMENT_PAGE", 20_000L));
        String schedules = ir.daftar.core.feeschedule.FeeSchedules.ID;
        add(samples, new ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleProposed(schedules, 1,
                Instant.parse("2026-03-20T20:30:00Z"), fees, "جلسه ۱۲ شورای مشورتی", "تورم سالانه"));
        add(samples, new ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleOpinionGiven(schedules, 1, true, "موافق"));
        add(samples, new ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleDecided(schedules, 1, true, null));
        add(samples, new ir.daftar.core.feeschedule.FeeScheduleEvent.FeeScheduleConfirmed(schedules, 1, true, null));
    }

    // ---- the Kanoon and the Council (issue 18, issue 17 item 4; ADR 1300) ----
    static final String KANOON = "kanoon-tehran";
    static final Term BOARD_TERM = new Term(JalaliDate.parse("1404/12/10"), JalaliDate.parse("1407/12/10"));

    private static void addKanoonSamples(Map<Class<?>, Object> samples) {
        add(samples, new KanoonEvent.KanoonFormed(KANOON, "tehran", "تهران"));
        add(samples, new KanoonEvent.OfficesMovedToKanoon("kanoon-qom", "qom", "kanoon-markazi"));
        add(samples, new KanoonEvent.BoardMemberProposed(KANOON, "KBP-1404-01", BoardSeatKind.JUDGE, "0011000023",
                "حسین کریمی", BoardQualification.judgeSince(JalaliDate.parse("1390/07/01"))));
        add(samples, new KanoonEvent.BoardProposalRefused(KANOON, "KBP-1404-02", "سابقه قضایی کمتر از ده سال"));
        add(samples, new KanoonEvent.BoardMemberAppointed(KANOON, BoardSeatKind.OFFICE_MANAGER, MANAGER, "زهرا احمدی",
                BOARD_TERM, "KBP-1404-03"));
        add(samples, new KanoonEvent.BoardMemberReappointed(KANOON, MANAGER,
                new Term(JalaliDate.parse("1407/12/10"), JalaliDate.parse("1410/12/10"))));
        add(samples, new KanoonEvent.BoardMembershipEnded(KANOON, MANAGER, BoardSeatKind.OFFICE_MANAGER, "استعفا"));
        add(samples, new KanoonEvent.InspectorAddedToRoster(KANOON, INSPECTOR, "بازرس کانون"));
        add(samples, new KanoonEvent.InspectionOrdered(KANOON, INSPECTION, InspectionKind.PERIODIC, OFFICE,
                Instant.parse("2025-03-21T00:00:00Z"), Instant.parse("2025-09-22T00:00:00Z"), List.of(INSPECTOR),
                "0011000031"));
        add(samples, new CouncilEvent.CouncilMemberProposed(Council.ID, "CP-1404-01", "0011000058", "مریم رضایی",
                JalaliDate.parse("1408/12/10")));
        add(samples, new CouncilEvent.CouncilProposalRefused(Council.ID, "CP-1404-02", "عضو هیأت مدیره کانون است"));
        add(samples, new CouncilEvent.CouncilMemberAppointed(Council.ID, "CP-1404-01", "0011000058", "مریم رضایی",
                new Term(JalaliDate.parse("1404/12/10"), JalaliDate.parse("1408/12/10"))));
        add(samples, new CouncilEvent.CouncilMembershipEnded(Council.ID, "0011000058", "استعفا"));
    }

    // ---- complaints, dues and budget, delegations (A28(e), A29, A30; ADR 1320) ----
    private static void addComplaintAndBudgetSamples(Map<Class<?>, Object> samples) {
        String complaint = "CMP-1a2b3c4d";
        add(samples, new ir.daftar.core.complaint.ComplaintEvent.ComplaintLodged(complaint, OFFICE, KANOON,
                "دفتر برای ثبت دادخواست بیش از تعرفه وجه گرفت", FILING));
        add(samples, new ir.daftar.core.complaint.ComplaintEvent.ComplaintReviewed(complaint, KANOON,
                ir.daftar.core.complaint.ComplaintOutcome.UPHELD, "قبض صادر نشده است"));
        add(samples, new ir.daftar.core.complaint.ComplaintEvent.ComplaintReportedToGd(complaint, KANOON,
                ir.daftar.core.complaint.ComplaintOutcome.UPHELD));
        add(samples, new ir.daftar.core.complaint.ComplaintEvent.ComplaintReferredToDiscipline(complaint,
                DISCIPLINARY_CASE, OFFICE, MANAGER));
        String budget = ir.daftar.core.budget.KanoonBudget.idFor(KANOON);
        add(samples, new ir.daftar.core.budget.BudgetEvent.DuesProposed(budget, KANOON, 1, 1405, 50_000_000L,
                "هزینه‌های سال ۱۴۰۵"));
        add(samples, new ir.daftar.core.budget.BudgetEvent.DuesOpinionGiven(budget, 1, true, null));
        add(samples, new ir.daftar.core.budget.BudgetEvent.DuesDecided(budget, 1, true, null));
        add(samples, new ir.daftar.core.budget.BudgetEvent.DuesConfirmed(budget, 1, true, null));
        add(samples, new ir.daftar.core.budget.BudgetEvent.DuesInvoiced(budget, "1405-" + OFFICE, 1405, OFFICE,
                50_000_000L));
        add(samples, new ir.daftar.core.budget.BudgetEvent.DuesPaymentRecorded(budget, "PAY-1", "1405-" + OFFICE,
                OFFICE, 50_000_000L, "R-1405-77"));
        add(samples, new ir.daftar.core.budget.BudgetEvent.SpendingApproved(budget, "SP-1", 20_000_000L,
                "اجاره دفتر کانون", "مصوبه ۱۴۰۵/۳"));
        add(samples, new ir.daftar.core.budget.BudgetEvent.SpendingSupervised(budget, "SP-1", true, "بدون مناقصه"));
        String delegations = ir.daftar.core.budget.BoardDelegations.idFor(KANOON);
        add(samples, new ir.daftar.core.budget.DelegationEvent.DutyDelegated(delegations, KANOON, "DEL-1",
                "بررسی درخواست‌های جابجایی دفاتر", JalaliDate.parse("1405/01/15"), JalaliDate.parse("1406/01/15")));
        add(samples, new ir.daftar.core.budget.DelegationEvent.DelegationWithdrawn(delegations, "DEL-1",
                JalaliDate.parse("1405/06/01"), "پایان نیاز"));
    }

    // ---- the Kanoon board's meetings, elections and letters (issue 18, A27; ADR 1310) ----
    private static void addKanoonBoardSamples(Map<Class<?>, Object> samples) {
        List<String> members = List.of(MANAGER, "0011000023", "0011000031", "0011000058");
        add(samples, new KanoonBoardEvent.MeetingConvened(KANOON, "KM-1404-01", "انتخاب مدیرعامل، رئیس و خزانه‌دار",
                JalaliDate.parse("1404/12/10"), members, MANAGER));
        add(samples, new KanoonBoardEvent.MemberAttended(KANOON, "KM-1404-01", "0011000023"));
        add(samples, new KanoonBoardEvent.MotionDecided(KANOON, "KM-1404-01", "M-1", "تصویب بودجه",
                List.of(MANAGER, "0011000023"), List.of("0011000031"), 4, false));
        add(samples, new KanoonBoardEvent.ElectionOpened(KANOON, "KM-1404-01", "E-MD", BoardOffice.MANAGING_DIRECTOR,
                List.of(MANAGER, "0011000023")));
        add(samples, new KanoonBoardEvent.BallotCast(KANOON, "KM-1404-01", "E-MD"));
        add(samples, new KanoonBoardEvent.BallotClosed(KANOON, "KM-1404-01", "E-MD"));
        String nonce = "5f".repeat(32);
        add(samples, new KanoonBoardEvent.ElectionCounted(KANOON, "KM-1404-01", "E-MD", BoardOffice.MANAGING_DIRECTOR,
                List.of(new SealedBallot(MANAGER, nonce, SealedBallot.commitment(KANOON, "E-MD", MANAGER, nonce))),
                Map.of(MANAGER, 1), 1, 4, null));
        add(samples, new KanoonBoardEvent.ManagingDirectorDeputyNamed(KANOON, MANAGER, OFFICE, "0011000041",
                "معاون دفتر"));
        add(samples, new KanoonBoardEvent.LetterDrafted(KANOON, "L-1404-01", "بودجه سالانه", "متن نامه", true, MANAGER));
        add(samples, new KanoonBoardEvent.LetterSigned(KANOON, "L-1404-01", BoardOffice.TREASURER, "0011000023"));
        add(samples, new KanoonBoardEvent.LetterIssued(KANOON, "L-1404-01"));
    }

    // ---- office service charges and postings (issue 17 item 5; ADR 0921, revisited) ----
    private static void addOfficeServiceChargeSamples(Map<Class<?>, Object> samples) {
        add(samples, new ir.daftar.core.feeschedule.FeeScheduleEvent.FeeSchedulePosted(
                ir.daftar.core.feeschedule.FeeSchedules.ID, 1, OFFICE, "0011000041"));
        add(samples, new FilingEvent.OfficeServiceCharged("filing-1", OFFICE, "PETITION_FILING", 250_000L, 1, 250_000L,
                "RCPT-9001", "0011000041"));
        // the court-fee tariffs' approval trail (ADR 0921, revisited)
        String tariffs = ir.daftar.core.fee.CourtFeeTariffApprovals.ID;
        add(samples, new ir.daftar.core.fee.TariffEvent.CourtFeeTariffProposed(tariffs, ir.daftar.core.fee.TestTariffs.TARIFF_1404,
                "جلسه ۱۲ شورای مشورتی", "قانون بودجه"));
        add(samples, new ir.daftar.core.fee.TariffEvent.CourtFeeTariffOpinionGiven(tariffs, "1404", true, "موافق"));
        add(samples, new ir.daftar.core.fee.TariffEvent.CourtFeeTariffDecided(tariffs, "1404", true, null));
        add(samples, new ir.daftar.core.fee.TariffEvent.CourtFeeTariffConfirmed(tariffs, "1404", true, null));
        add(samples, new ir.daftar.core.fee.TariffEvent.ShippedCourtFeeTariffRecorded(tariffs,
                ir.daftar.core.fee.TestTariffs.TARIFF_1403, "court-fee-1403.json"));
    }

    private static void add(Map<Class<?>, Object> samples, Object event) {
        samples.put(event.getClass(), event);
    }

    static List<Class<?>> eventTypes() {
        return eventInterfaces().stream().flatMap(i -> Arrays.stream(i.getPermittedSubclasses())).toList();
    }

    // ---- tests -----------------------------------------------------------------------------

    @Test
    void the_event_interfaces_are_found_in_the_classes_of_ledger_core() {
        assertThat(eventInterfaces()).contains(FilingEvent.class, OfficeEvent.class, InspectionEvent.class,
                AccessEvent.class, NoticeEvent.class, ExternalReportEvent.class, ReportingBodyEvent.class,
                PaperFileEvent.class, HolidayListEvent.class);
        assertThat(eventTypes()).hasSizeGreaterThanOrEqualTo(47).doesNotHaveDuplicates();
    }

    @Test
    void every_revisioned_class_is_an_event_type_found_by_discovery() {
        List<Class<?>> revisioned = CORE.stream()
                .filter(c -> c.isAnnotatedWith(Revision.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();

        assertThat(eventTypes()).containsExactlyInAnyOrderElementsOf(revisioned);
    }

    @Test
    void every_event_type_has_a_sample_and_an_approved_file() {
        List<Class<?>> types = eventTypes();

        assertThat(samples().keySet()).containsExactlyInAnyOrderElementsOf(types);
        for (Class<?> type : types) {
            assertThat(approvedFile(type))
                    .as("approved JSON of %s (run once with -Dapprove=true, then review it)", type.getSimpleName())
                    .isRegularFile();
        }
    }

    @Test
    void every_approved_file_belongs_to_an_event_type() throws IOException {
        List<String> expected = eventTypes().stream().map(t -> t.getSimpleName() + ".json").toList();
        try (Stream<Path> files = Files.list(APPROVED)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @TestFactory
    Stream<DynamicTest> event_json_is_the_approved_json() {
        Map<Class<?>, Object> samples = samples();
        return eventTypes().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Object sample = samples.get(type);
            assertThat(sample).as("sample of %s", type.getSimpleName()).isNotNull();
            String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n";
            Path file = approvedFile(type);
            if (APPROVE) {
                Files.createDirectories(APPROVED);
                Files.writeString(file, json, StandardCharsets.UTF_8);
            }
            assertThat(file).as("approved JSON of %s (run once with -Dapprove=true, then review it)", type.getSimpleName())
                    .isRegularFile();
            String approved = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(unixLines(json)).as("JSON of %s", type.getSimpleName()).isEqualTo(unixLines(approved));
        }));
    }

    @TestFactory
    Stream<DynamicTest> event_json_reads_back_to_an_equal_event() {
        Map<Class<?>, Object> samples = samples();
        return eventTypes().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Object sample = samples.get(type);
            assertThat(sample).as("sample of %s", type.getSimpleName()).isNotNull();
            String json = MAPPER.writeValueAsString(sample);
            assertThat(MAPPER.readValue(json, type)).isEqualTo(sample);
        }));
    }

    /** What is already in an event store must still load: the approved files read into today's types. */
    @TestFactory
    Stream<DynamicTest> approved_json_reads_into_the_current_event_types() {
        Map<Class<?>, Object> samples = samples();
        return eventTypes().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Path file = approvedFile(type);
            assertThat(file).isRegularFile();
            assertThat(MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), type)).isEqualTo(samples.get(type));
        }));
    }

    @Test
    void value_objects_are_plain_strings_in_the_json() throws IOException {
        JsonNode issued = MAPPER.valueToTree(samples().get(TrackingCodeIssued.class));
        JsonNode registered = MAPPER.valueToTree(samples().get(ContactDetailsRegistered.class));
        JsonNode appointed = MAPPER.valueToTree(samples().get(StaffMemberAppointed.class));

        assertThat(issued.get("trackingCode").isTextual()).isTrue();
        assertThat(issued.get("trackingCode").asText()).isEqualTo("4829135702648156");
        assertThat(registered.at("/contactDetails/mobile").asText()).isEqualTo("09121234567");
        assertThat(registered.at("/contactDetails/electronicAddress").asText()).isEqualTo("sana:1234567890");
        assertThat(appointed.at("/member/nationalCode").asText()).isEqualTo(MANAGER);
    }

    @Test
    void an_invalid_value_in_stored_json_is_refused_on_reading() {
        String badCode = "{\"filingId\":\"f\",\"trackingCode\":\"4829135702648157\",\"confirmingOfficeId\":null,\"confirmedBy\":null}";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MAPPER.readValue(badCode, TrackingCodeIssued.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static String unixLines(String text) {
        return text.replace("\r\n", "\n");
    }

    private static Path approvedFile(Class<?> type) {
        return APPROVED.resolve(type.getSimpleName() + ".json");
    }
}
