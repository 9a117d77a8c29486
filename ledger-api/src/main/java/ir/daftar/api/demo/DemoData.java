package ir.daftar.api.demo;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.office.DegreeLevel;
import ir.daftar.core.office.MilitaryService;
import ir.daftar.core.establishment.Applicant;
import ir.daftar.core.establishment.OfficeCallCommand;
import ir.daftar.core.office.LicenceDecisionKind;
import ir.daftar.core.office.LicenceTerms;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeCommand.HireStaffMember;
import ir.daftar.core.kanoon.BoardSeatKind;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonCommand;
import ir.daftar.core.office.OfficeCommand.RegisterOffice;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffEligibility;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.office.StudyField;
import ir.daftar.core.party.NationalCode;
import ir.daftar.core.report.ReportKind;
import ir.daftar.core.report.ReportingBodyCommand.RegisterReportingBody;
import ir.daftar.core.report.ReportingBodyDirectory;
import ir.daftar.core.report.ReportingBodyKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the embedded default with two offices: OFF-1001 fully staffed (A15) and OFF-1002
 * below the minimum, so that a newcomer can walk through both routes and see A15 refuse; and OFF-1010, established
 * through a call for applicants and licensed by the Council's chain, so that its record shows that history.
 * Seeding is itself a series of ordinary commands, recorded as events by the system actor.
 */
@Component
@ConditionalOnProperty(name = "daftar.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final Actor SYSTEM = new Actor("system:demo-seed", ActorRole.SYSTEM, null);

    private final CommandGateway commands;
    private final OfficeDirectory offices;
    private final ReportingBodyDirectory reportingBodies;

    DemoData(CommandGateway commands, OfficeDirectory offices, ReportingBodyDirectory reportingBodies) {
        this.commands = commands;
        this.offices = offices;
        this.reportingBodies = reportingBodies;
    }

    /** A9/A10: a police unit, forensic medicine and an official expert, each with its demo user. */
    @EventListener(ApplicationReadyEvent.class)
    void seedReportingBodies() {
        if (reportingBodies.find(DemoAccounts.POLICE_UNIT).isPresent()) {
            return;
        }
        try {
            send(new RegisterReportingBody(DemoAccounts.POLICE_UNIT, ReportingBodyKind.JUDICIAL_OFFICERS_UNIT,
                    "کلانتری ۱۲ تهران", Set.of(ReportKind.RESULT_OF_ACTION, ReportKind.EXECUTION_OF_ORDER),
                    List.of(DemoAccounts.POLICE_OFFICER)));
            send(new RegisterReportingBody(DemoAccounts.FORENSIC_MEDICINE, ReportingBodyKind.FORENSIC_MEDICINE,
                    "اداره کل پزشکی قانونی استان تهران", Set.of(ReportKind.FORENSIC_REPORT), List.of(DemoAccounts.FORENSIC_DOCTOR)));
            send(new RegisterReportingBody(DemoAccounts.OFFICIAL_EXPERT, ReportingBodyKind.OFFICIAL_EXPERT,
                    "کارشناس رسمی دادگستری (رشته تصادفات)", Set.of(ReportKind.EXPERT_OPINION), List.of(DemoAccounts.EXPERT)));
            log.info("demo reporting bodies seeded: {}, {}, {}", DemoAccounts.POLICE_UNIT, DemoAccounts.FORENSIC_MEDICINE,
                    DemoAccounts.OFFICIAL_EXPERT);
        } catch (RuntimeException alreadySeeded) {
            log.info("demo reporting bodies already present");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (offices.staffingOf(DemoAccounts.OFFICE).isPresent()) {
            log.info("demo offices already present");
            seedKanoon();
            return;
        }
        try {
            send(new RegisterOffice(DemoAccounts.OFFICE, "دفتر خدمات الکترونیک قضایی ۱۰۰۱ تهران", OfficeOrigin.NOTARY_OFFICE,
                    "تهران", "تهران"));
        } catch (AggregateStreamCreationException | ConcurrencyException alreadySeeded) {
            log.info("demo offices already present");
            return;
        }
        appoint(DemoAccounts.OFFICE, "0012345679", "مریم رضایی", StaffRole.MANAGER);
        appoint(DemoAccounts.OFFICE, "0023456787", "علی کریمی", StaffRole.LEGAL_EXPERT);
        appoint(DemoAccounts.OFFICE, "0034567895", "سارا محمدی", StaffRole.IT_EXPERT);
        appoint(DemoAccounts.OFFICE, "0045678911", "حسین موسوی", StaffRole.CLERK);
        appoint(DemoAccounts.OFFICE, "0056789122", "نرگس حسینی", StaffRole.CLERK);
        send(new RegisterOffice(DemoAccounts.UNDERSTAFFED_OFFICE, "دفتر خدمات الکترونیک قضایی ۱۰۰۲ تهران", OfficeOrigin.NEW,
                "تهران", "تهران"));
        appoint(DemoAccounts.UNDERSTAFFED_OFFICE, "0067891233", "رضا جعفری", StaffRole.MANAGER);
        appoint(DemoAccounts.UNDERSTAFFED_OFFICE, "0078912342", "لیلا صادقی", StaffRole.CLERK);
        log.info("demo offices seeded: {} (fully staffed), {} (below A15 minimum)", DemoAccounts.OFFICE,
                DemoAccounts.UNDERSTAFFED_OFFICE);
        seedEstablishedOffice();
        seedKanoon();
    }

    /** A25-A28 (ADR 1300): Tehran's Kanoon, the Center's representative on its board, the two inspectors on its roster. */
    private void seedKanoon() {
        String kanoon = Kanoon.idFor("tehran");
        try {
            Actor head = new Actor(DemoAccounts.CENTER_HEAD, ActorRole.CENTER_HEAD, null);
            Actor board = new Actor(DemoAccounts.KANOON_BOARD_MEMBER, ActorRole.KANOON_BOARD_MEMBER, null);
            send(head, new KanoonCommand.FormKanoon(kanoon, "tehran"));
            send(head, new KanoonCommand.AppointBoardRepresentative(kanoon, BoardSeatKind.CENTER_REPRESENTATIVE,
                    DemoAccounts.KANOON_BOARD_MEMBER, "نماینده مرکز در هیأت مدیره کانون تهران"));
            send(board, new KanoonCommand.AddInspectorToRoster(kanoon, DemoAccounts.INSPECTOR_1, "بازرس یکم کانون"));
            send(board, new KanoonCommand.AddInspectorToRoster(kanoon, DemoAccounts.INSPECTOR_2, "بازرس دوم کانون"));
            log.info("demo Kanoon seeded: {}", kanoon);
        } catch (RuntimeException alreadySeeded) {
            log.info("demo Kanoon already present");
        }
    }

    /** A15-A21: the demo staff are hired on evidence that meets every condition of their post (ADR 0910). */
    private void appoint(String office, String nationalCode, String name, StaffRole role) {
        send(new HireStaffMember(office, new StaffMember(new NationalCode(nationalCode), name, role, true),
                demoEvidence(role, nationalCode)));
    }

    private static StaffEligibility demoEvidence(StaffRole role, String nationalCode) {
        String ref = "نمونه-" + nationalCode;
        JalaliDate born = JalaliDate.parse("1365/04/12");
        StaffEligibility.Qualifications qualifications = switch (role) {
            case MANAGER -> new StaffEligibility.Qualifications(DegreeLevel.MASTER, StudyField.LAW, "حقوق خصوصی", born, 8,
                    "اداره کل " + ref, "سابقه خدمت تأییدشده " + ref);
            case LEGAL_EXPERT -> new StaffEligibility.Qualifications(DegreeLevel.BACHELOR, StudyField.JUDICIAL_SCIENCES,
                    "علوم قضایی", born, 0, "اداره کل " + ref, null);
            case IT_EXPERT -> new StaffEligibility.Qualifications(DegreeLevel.BACHELOR, StudyField.COMPUTING,
                    "مهندسی کامپیوتر", born, 0, "اداره کل " + ref, null);
            case CLERK -> new StaffEligibility.Qualifications(DegreeLevel.ASSOCIATE, StudyField.OTHER, "حسابداری", born, 0,
                    "اداره کل " + ref, null);
        };
        return new StaffEligibility(new StaffEligibility.GeneralConditions("شناسنامه " + ref, "گزینش " + ref,
                "گزینش " + ref, "آزمایش " + ref, "گواهی عدم سوء پیشینه " + ref, MilitaryService.NOT_APPLICABLE, null,
                "گواهی پزشکی " + ref), qualifications, new StaffEligibility.Prohibitions(false, false, false, false, false));
    }

    private void send(Object command) {
        send(SYSTEM, command);
    }

    private void send(Actor actor, Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData()));
    }

    // ---- an office established through the chain (issue 17 item 7; ADR 0920, 0900, 0930) ----

    /** The office the demo establishes through a call for applicants rather than registers directly. */
    static final String ESTABLISHED_OFFICE = "OFF-1010";

    /**
     * A14, A22, A24: OFF-1010 in Karaj goes through the whole chain with the demo's own people, so its record shows real
     * history: the GD's call, application, vetting and proposal, the Center head's approval and appointment of the
     * manager (which registers the office needing a licence and hires the manager), the GD's hires to the A15 minimum,
     * and the licence issued by the Council's proposal, the GD's opinion and the Center head's decision.
     */
    private void seedEstablishedOffice() {
        String call = "CALL-1405-KARAJ";
        Actor gd = new Actor("0123456789", ActorRole.GD_OFFICER, null);
        Actor head = new Actor(DemoAccounts.CENTER_HEAD, ActorRole.CENTER_HEAD, null);
        Actor council = new Actor("0135791357", ActorRole.COUNCIL_MEMBER, null);
        try {
            send(gd, new OfficeCallCommand.OpenOfficeCall(call, "البرز", "کرج", 1));
            send(gd, new OfficeCallCommand.ReceiveApplication(call, "APP-1", new Applicant(new NationalCode("0101010117"),
                    "فاطمه نوری", "دفتر اسناد رسمی ۳۲ کرج")));
            send(gd, new OfficeCallCommand.VetApplication(call, "APP-1", true, "مدارک و سوابق کامل است", "RCPT-1405-000101",
                    5_000_000));
            send(gd, new OfficeCallCommand.ProposeOffice(call, "APP-1", ESTABLISHED_OFFICE,
                    "دفتر خدمات الکترونیک قضایی ۱۰۱۰ کرج", OfficeOrigin.NOTARY_OFFICE, "نیاز منطقه و سوابق متقاضی"));
            send(head, new OfficeCallCommand.DecideOfficeProposal(call, "APP-1", true, null));
            send(head, new OfficeCallCommand.AppointOfficeManager(call, "APP-1",
                    demoEvidence(StaffRole.MANAGER, "0101010117")));
            hire(gd, "0101010125", "امیر رستمی", StaffRole.LEGAL_EXPERT);
            hire(gd, "0101010133", "مینا کاظمی", StaffRole.IT_EXPERT);
            hire(gd, "0101010141", "بهرام شریفی", StaffRole.CLERK);
            hire(gd, "0101010151", "الهام یزدانی", StaffRole.CLERK);
            Instant expiry = GenericEventMessage.clock.instant().plus(Duration.ofDays(5 * 365));
            send(council, new OfficeCommand.ProposeLicenceDecision(ESTABLISHED_OFFICE, "LIC-1010-1", LicenceDecisionKind.ISSUE,
                    LicenceTerms.until(expiry), "جلسه ۱۲ شورای مشورتی", "احراز شرایط متقاضی"));
            send(gd, new OfficeCommand.GiveLicenceOpinion(ESTABLISHED_OFFICE, "LIC-1010-1", true, null));
            send(head, new OfficeCommand.DecideLicenceDecision(ESTABLISHED_OFFICE, "LIC-1010-1", true, null));
            log.info("demo office established through the chain: {} (call {})", ESTABLISHED_OFFICE, call);
        } catch (RuntimeException alreadySeeded) {
            log.info("demo established office not seeded: {}", alreadySeeded.getMessage());
        }
    }

    private void hire(Actor actor, String nationalCode, String name, StaffRole role) {
        send(actor, new HireStaffMember(ESTABLISHED_OFFICE, new StaffMember(new NationalCode(nationalCode), name, role, true),
                demoEvidence(role, nationalCode)));
    }
}
