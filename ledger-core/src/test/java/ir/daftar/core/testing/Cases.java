package ir.daftar.core.testing;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.filing.CaseDirectory;
import ir.daftar.core.filing.CaseReference;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.filing.TrackingCodeIssuer;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyDirectory;
import ir.daftar.core.report.ReportingBodyKind;
import ir.daftar.core.report.ReportingBodyRegistration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Fixed people, bodies, a case and stub ports for the aggregate tests of A9–A11 and A13. */
public final class Cases {

    public static final Instant NOW = Instant.parse("2026-05-10T08:00:00Z");
    public static final String FILING = "filing-1";
    /** A portal filing the applicant is still preparing: not yet with any authority. */
    public static final String DRAFT_FILING = "filing-draft";
    public static final CompetentAuthority PROSECUTOR =
            new CompetentAuthority("TEH-PROS-1", AuthorityKind.PROSECUTOR_OFFICE, "دادسرای عمومی و انقلاب ناحیه ۱ تهران");
    public static final Party COMPLAINANT = Party.of(PersonType.NATURAL, "0089123451", "زهرا احمدی");
    public static final Party ACCUSED = Party.of(PersonType.NATURAL, null, "بهرام کاظمی");
    public static final TrackingCode CODE = TrackingCode.random(new Random(7));
    public static final ElectronicDocument DOCUMENT = new ElectronicDocument("doc-1", "گزارش", 3, "a".repeat(64));

    public static final Actor PROSECUTOR_STAFF = Actor.ofAuthority("COURT-PROS-1-03", PROSECUTOR.id());
    public static final Actor OTHER_COURT_STAFF = Actor.ofAuthority("COURT-TEH-CIV-12-07", "TEH-CIV-12");
    public static final Actor CLERK = new Actor("0045678911", ActorRole.OFFICE_CLERK, "OFF-1001");
    public static final Actor OFFICER = Actor.ofReportingBody("POLICE-OFFICER-1", "POLICE-TEH-12");
    public static final Actor FORENSIC_DOCTOR = Actor.ofReportingBody("FORENSIC-DR-1", "FORENSIC-TEH");
    public static final Actor EXPERT = Actor.ofReportingBody("EXPERT-0042", "EXPERT-0042");
    public static final Actor ADMIN = new Actor("ADMIN-1", ActorRole.ADMIN, null);

    public static final ReportingBodyRegistration POLICE = new ReportingBodyRegistration("POLICE-TEH-12",
            ReportingBodyKind.JUDICIAL_OFFICERS_UNIT, "کلانتری ۱۲ تهران",
            Set.of(ReportKind.RESULT_OF_ACTION, ReportKind.EXECUTION_OF_ORDER), Set.of(OFFICER.id()));
    public static final ReportingBodyRegistration FORENSIC = new ReportingBodyRegistration("FORENSIC-TEH",
            ReportingBodyKind.FORENSIC_MEDICINE, "پزشکی قانونی تهران", Set.of(ReportKind.FORENSIC_REPORT),
            Set.of(FORENSIC_DOCTOR.id()));
    public static final ReportingBodyRegistration EXPERT_BODY = new ReportingBodyRegistration("EXPERT-0042",
            ReportingBodyKind.OFFICIAL_EXPERT, "کارشناس رسمی دادگستری", Set.of(ReportKind.EXPERT_OPINION),
            Set.of(EXPERT.id()));

    private Cases() {
    }

    public static ReportingBodyDirectory bodies() {
        Map<String, ReportingBodyRegistration> all = Map.of(POLICE.reportingBodyId(), POLICE,
                FORENSIC.reportingBodyId(), FORENSIC, EXPERT_BODY.reportingBodyId(), EXPERT_BODY);
        return id -> Optional.ofNullable(all.get(id));
    }

    /** Knows one case, {@link #FILING}, with the prosecutor's office, and one draft, {@link #DRAFT_FILING}. */
    public static CaseDirectory cases() {
        return id -> FILING.equals(id)
                ? Optional.of(new CaseReference(FILING, FilingKind.COMPLAINT, FilingRoute.PAPER, PROSECUTOR.id(), true, null))
                : DRAFT_FILING.equals(id)
                ? Optional.of(new CaseReference(DRAFT_FILING, FilingKind.COMPLAINT, FilingRoute.PORTAL, PROSECUTOR.id(), false, null))
                : Optional.empty();
    }

    public static TrackingCodeIssuer issuer() {
        return ownerId -> CODE;
    }
}
