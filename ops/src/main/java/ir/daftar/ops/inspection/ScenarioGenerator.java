package ir.daftar.ops.inspection;

import ir.daftar.core.access.AccessEvent.CaseDataRead;
import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.Verhoeff;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.IdentityVerificationMethod;
import ir.daftar.core.inspection.InspectionCommand;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.core.kanoon.BoardSeatKind;
import ir.daftar.core.kanoon.Kanoon;
import ir.daftar.core.kanoon.KanoonCommand;
import ir.daftar.core.office.OfficeCommand;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Writes a realistic, seeded scenario into a ledger: three offices with their staff, filings on
 * both routes worked day by day through the real aggregates and command bus, staff reading
 * their cases, an earlier inspection with requests, and planted violations of every rule the
 * inspectors' audit knows. Each plant is recorded in {@link Scenario#planted()}.
 *
 * <p>Violations the aggregates allow (a delay, a read of another office's case, a late answer)
 * go through the command bus like everything else. Violations the aggregates refuse (a fee
 * above the schedule, a payment without receipt, a submission without verification, a
 * verification by someone no longer on the staff) are appended directly to the event store, as
 * an older or rogue system would have recorded them: that is what the audit must catch.
 *
 * <p>Run: {@code java ... ir.daftar.ops.inspection.ScenarioGenerator <jdbc-url> [seed] [user] [password]}.
 */
public final class ScenarioGenerator {

    public static final String OFFICE_A = "OFF-2001";
    public static final String OFFICE_B = "OFF-2002";
    public static final String OFFICE_C = "OFF-2003";
    public static final Instant START = Instant.parse("2025-06-01T04:30:00Z");
    static final CompetentAuthority COURT = new CompetentAuthority("TEH-CIV-12", AuthorityKind.COURT,
            "شعبه ۱۲ دادگاه عمومی حقوقی تهران");
    static final CompetentAuthority PROSECUTOR = new CompetentAuthority("TEH-PROS-1", AuthorityKind.PROSECUTOR_OFFICE,
            "دادسرای عمومی و انقلاب تهران");
    static final Actor SYSTEM = new Actor("system:scenario", ActorRole.SYSTEM, null);
    static final Actor INSPECTOR = new Actor("0511111118", ActorRole.INSPECTOR, null);
    static final Actor CENTER_HEAD = new Actor("0246802468", ActorRole.CENTER_HEAD, null);
    static final Actor BOARD_MEMBER = new Actor("0044444443", ActorRole.KANOON_BOARD_MEMBER, null);

    /** A violation put into the record on purpose: the rule, the office, what it is about, and rogue event ids. */
    public record Planted(Rule rule, String officeId, String subjectId, List<String> evidenceEventIds) {
    }

    public record Scenario(Instant from, Instant to, List<String> offices, List<Planted> planted, int filings) {
    }

    private final Ledger ledger;
    private final Random random;
    private final MutableClock clock;
    private final CommandGateway commands;
    private final Configuration axon;
    private final Map<String, Staff> staff = new LinkedHashMap<>();
    private final List<Planted> planted = new ArrayList<>();
    private int filings;
    private int codeSeq;

    private record Staff(Actor manager, Actor expert, Actor it, Actor clerk, Actor clerk2) {
    }

    public ScenarioGenerator(Ledger ledger, long seed) {
        this.ledger = ledger;
        this.random = new Random(seed);
        this.clock = new MutableClock(START);
        this.axon = ledger.axon(random);
        this.commands = axon.commandGateway();
    }

    /** Writes the scenario; the event clock is the scenario's own and is restored afterwards. */
    public Scenario generate(int filingsPerOfficePerWeek, int weeks) {
        Clock previous = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
        try {
            return write(filingsPerOfficePerWeek, weeks);
        } finally {
            GenericEventMessage.clock = previous;
        }
    }

    private Scenario write(int perWeek, int weeks) {
        for (String office : List.of(OFFICE_A, OFFICE_B, OFFICE_C)) {
            openOffice(office);
        }
        String bFiling = null;
        for (int week = 0; week < weeks; week++) {
            for (int i = 0; i < perWeek; i++) {
                for (String office : List.of(OFFICE_A, OFFICE_B, OFFICE_C)) {
                    String f = (i % 3 == 2) ? portalFiling(office) : officeFiling(office, Plan.NORMAL);
                    if (office.equals(OFFICE_B)) {
                        bFiling = f;
                    }
                    read(staff.get(office).clerk(), f);
                }
                clock.advance(Duration.ofHours(7 + random.nextInt(10)));
            }
            if (week == 1) {
                officeFiling(OFFICE_A, Plan.LATE_SUBMISSION_AFTER_FEE);
                officeFiling(OFFICE_A, Plan.LATE_DIGITIZATION);
                officeFiling(OFFICE_B, Plan.LATE_SUBMISSION_AFTER_VERIFICATION);
            }
            if (week == 2) {
                officeFiling(OFFICE_A, Plan.FEE_ABOVE_SCHEDULE);
                officeFiling(OFFICE_B, Plan.NO_RECEIPT);
                officeFiling(OFFICE_B, Plan.SUBMITTED_WITHOUT_VERIFICATION);
                // a clerk of A looks at a case B holds
                String read = read(staff.get(OFFICE_A).clerk2(), bFiling);
                planted.add(new Planted(Rule.A37_13_READ_WITHOUT_LINK, OFFICE_A, bFiling, List.of(read)));
            }
            if (week == 3) {
                // a clerk of B leaves (a successor is appointed first, A15); later a verification appears in her name
                Staff b = staff.get(OFFICE_B);
                Actor successor = person(ActorRole.OFFICE_CLERK, OFFICE_B);
                appoint(OFFICE_B, successor, StaffRole.CLERK);
                send(SYSTEM, new OfficeCommand.EndStaffAppointment(OFFICE_B, b.clerk2().id(), "استعفا"));
                staff.put(OFFICE_B, new Staff(b.manager(), b.expert(), b.it(), b.clerk(), successor));
                officeFiling(OFFICE_B, Plan.VERIFIED_BY_FORMER_STAFF, b.clerk2());
                inspection(OFFICE_A);
            }
            clock.advance(Duration.ofDays(1));
        }
        clock.advance(Duration.ofDays(12));
        return new Scenario(START, clock.instant(), List.of(OFFICE_A, OFFICE_B, OFFICE_C), List.copyOf(planted), filings);
    }

    private enum Plan {
        NORMAL, LATE_SUBMISSION_AFTER_FEE, LATE_DIGITIZATION, LATE_SUBMISSION_AFTER_VERIFICATION, FEE_ABOVE_SCHEDULE,
        NO_RECEIPT, SUBMITTED_WITHOUT_VERIFICATION, VERIFIED_BY_FORMER_STAFF
    }

    // ---- offices ----------------------------------------------------------------------------

    private void openOffice(String office) {
        send(SYSTEM, new OfficeCommand.RegisterOffice(office, "دفتر خدمات الکترونیک قضایی " + office, OfficeOrigin.NEW,
                "تهران", "تهران"));
        Staff s = new Staff(person(ActorRole.OFFICE_MANAGER, office), person(ActorRole.OFFICE_LEGAL_EXPERT, office),
                person(ActorRole.OFFICE_IT_EXPERT, office), person(ActorRole.OFFICE_CLERK, office),
                person(ActorRole.OFFICE_CLERK, office));
        appoint(office, s.manager(), StaffRole.MANAGER);
        appoint(office, s.expert(), StaffRole.LEGAL_EXPERT);
        appoint(office, s.it(), StaffRole.IT_EXPERT);
        appoint(office, s.clerk(), StaffRole.CLERK);
        appoint(office, s.clerk2(), StaffRole.CLERK);
        staff.put(office, s);
        clock.advance(Duration.ofMinutes(30));
    }

    private void appoint(String office, Actor person, StaffRole role) {
        send(SYSTEM, new OfficeCommand.HireStaffMember(office,
                new StaffMember(new NationalCode(person.id()), "کارمند " + person.id(), role, true),
                GeneratedEligibility.forRole(role, person.id())));
    }

    // ---- filings ----------------------------------------------------------------------------

    private String officeFiling(String office, Plan plan) {
        return officeFiling(office, plan, null);
    }

    private String officeFiling(String office, Plan plan, Actor formerStaff) {
        Staff s = staff.get(office);
        Actor clerk = random.nextBoolean() ? s.clerk() : s.clerk2();
        Actor expert = s.expert();
        String f = UUID.randomUUID().toString();
        filings++;
        long claim = 10_000_000L * (1 + random.nextInt(90));
        send(clerk, new FilingCommand.StartFiling(f, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL, claim,
                applicant(), List.of(new Party(PersonType.NATURAL, null, "خوانده")), COURT, "مطالبه وجه", office, f));
        step(5);
        send(clerk, new FilingCommand.VerifyIdentity(f, IdentityVerificationMethod.NATIONAL_SMART_CARD));
        if (plan == Plan.LATE_DIGITIZATION) {
            clock.advance(Duration.ofDays(2));
            planted.add(new Planted(Rule.A37_4_DELAY_RECEIVED_TO_DIGITIZED, office, f, List.of()));
        }
        step(10);
        String doc = "D-" + f.substring(0, 8);
        send(clerk, new FilingCommand.DigitizeDocument(f, new ElectronicDocument(doc, "دادخواست", 1 + random.nextInt(5),
                sha256()), null));
        step(5);
        send(clerk, new FilingCommand.RecordApplicantConfirmation(f));
        if (plan == Plan.LATE_SUBMISSION_AFTER_VERIFICATION) {
            step(5);
            send(expert, new FilingCommand.VerifyDocumentConformity(f, doc));
            clock.advance(Duration.ofDays(2).plusHours(6));
            planted.add(new Planted(Rule.A37_4_DELAY_VERIFIED_TO_SUBMITTED, office, f, List.of()));
        }
        step(5);
        CourtFeeAssessed assessed = commands.sendAndWait(meta(new FilingCommand.AssessCourtFee(f), clerk));
        step(10);
        if (plan == Plan.FEE_ABOVE_SCHEDULE) {
            long more = assessed.amountRials() + 2_000_000L;
            String id = rogue(f, clerk, new FilingEvent.CourtFeePaid(f, "PAY-" + f.substring(0, 8), more, "R-" + f.substring(0, 8)));
            planted.add(new Planted(Rule.A37_12_FEE_ABOVE_SCHEDULE, office, f, List.of(id)));
        } else if (plan == Plan.NO_RECEIPT) {
            String id = rogue(f, clerk, new FilingEvent.CourtFeePaid(f, "PAY-" + f.substring(0, 8), assessed.amountRials(), null));
            planted.add(new Planted(Rule.A37_6_RECEIPT_REQUIRED, office, f, List.of(id)));
        } else {
            send(clerk, new FilingCommand.RecordCourtFeePayment(f, "PAY-" + f.substring(0, 8), assessed.amountRials(),
                    "R-" + f.substring(0, 8)));
        }
        if (plan == Plan.LATE_SUBMISSION_AFTER_FEE) {
            clock.advance(Duration.ofDays(4));
            planted.add(new Planted(Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, office, f, List.of()));
        }
        step(15);
        if (plan == Plan.VERIFIED_BY_FORMER_STAFF) {
            String id = rogue(f, formerStaff, new FilingEvent.DocumentConformityVerified(f, doc, office, formerStaff.id()));
            planted.add(new Planted(Rule.A6_NOT_OFFICE_STAFF, office, f, List.of(id)));
        } else if (plan != Plan.SUBMITTED_WITHOUT_VERIFICATION && plan != Plan.LATE_SUBMISSION_AFTER_VERIFICATION) {
            send(expert, new FilingCommand.VerifyDocumentConformity(f, doc));
        }
        step(5);
        send(clerk, new FilingCommand.RegisterContactDetails(f, contacts()));
        step(3);
        send(clerk, new FilingCommand.AcknowledgeNotificationUndertaking(f, sha256()));
        step(2);
        send(clerk, new FilingCommand.IssueTrackingCode(f));
        step(20);
        if (plan == Plan.SUBMITTED_WITHOUT_VERIFICATION) {
            String id = rogue(f, expert, new FilingEvent.SubmittedToCompetentAuthority(f, COURT, office, expert.id()));
            planted.add(new Planted(Rule.A5_CONFORMITY_NOT_VERIFIED, office, f, List.of(id)));
        } else {
            send(expert, new FilingCommand.SubmitToCompetentAuthority(f));
        }
        step(30);
        return f;
    }

    private String portalFiling(String office) {
        Staff s = staff.get(office);
        Party applicant = applicant();
        Actor self = new Actor(applicant.identifier(), ActorRole.APPLICANT, null);
        String f = UUID.randomUUID().toString();
        filings++;
        send(self, new FilingCommand.StartFiling(f, FilingRoute.PORTAL, FilingKind.COMPLAINT, null, null, applicant,
                List.of(), PROSECUTOR, "شکایت", null, f));
        step(8);
        String doc = "D-" + f.substring(0, 8);
        send(self, new FilingCommand.DigitizeDocument(f, new ElectronicDocument(doc, "شکواییه", 2, sha256()), null));
        CourtFeeAssessed assessed = commands.sendAndWait(meta(new FilingCommand.AssessCourtFee(f), self));
        step(4);
        send(self, new FilingCommand.RecordCourtFeePayment(f, "PAY-" + f.substring(0, 8), assessed.amountRials(),
                "R-" + f.substring(0, 8)));
        send(self, new FilingCommand.RegisterContactDetails(f, contacts()));
        send(self, new FilingCommand.AcknowledgeNotificationUndertaking(f, sha256()));
        send(self, new FilingCommand.IssueTrackingCode(f));
        clock.advance(Duration.ofHours(20));
        send(s.clerk(), new FilingCommand.ReceiveOriginals(f));
        step(25);
        send(s.expert(), new FilingCommand.VerifyDocumentConformity(f, doc));
        step(40);
        send(s.expert(), new FilingCommand.SubmitToCompetentAuthority(f));
        step(30);
        return f;
    }

    // ---- reads and inspections ---------------------------------------------------------------

    /** Staff read a case's history (what the API records on GET /filings/{id}/history). */
    private String read(Actor reader, String filingId) {
        step(3);
        GenericEventMessage<CaseDataRead> message = new GenericEventMessage<>(
                new CaseDataRead(filingId, "history", "case work"), reader.asMetaData());
        axon.eventBus().publish(message);
        return message.getIdentifier();
    }

    /** An earlier inspection of the office: three requests, one answered in time, one late, one never. */
    private void inspection(String office) {
        String id = "INS-" + office + "-1";
        // A25/A28 (ADR 1300): Tehran's Kanoon, a member of its board, the inspector on its roster, the board's order
        String kanoon = Kanoon.idFor("tehran");
        send(CENTER_HEAD, new KanoonCommand.FormKanoon(kanoon, "tehran"));
        send(CENTER_HEAD, new KanoonCommand.AppointBoardRepresentative(kanoon, BoardSeatKind.CENTER_REPRESENTATIVE,
                BOARD_MEMBER.id(), "نماینده مرکز"));
        send(BOARD_MEMBER, new KanoonCommand.AddInspectorToRoster(kanoon, INSPECTOR.id(), "بازرس کانون"));
        Instant to = clock.instant().minus(Duration.ofHours(1));
        send(BOARD_MEMBER, new KanoonCommand.OrderInspection(kanoon, id, InspectionKind.AD_HOC, office, START, to,
                List.of(INSPECTOR.id())));
        send(INSPECTOR, new InspectionCommand.OpenInspection(id, InspectionKind.AD_HOC, kanoon, office,
                List.of(INSPECTOR.id()), START, to));
        Instant deadline = clock.instant().plus(Duration.ofDays(3));
        send(INSPECTOR, new InspectionCommand.SendRequest(id, "REQ-1", "فهرست قبوض صادره خرداد", deadline));
        send(INSPECTOR, new InspectionCommand.SendRequest(id, "REQ-2", "دفتر ثبت مراجعان", deadline));
        send(INSPECTOR, new InspectionCommand.SendRequest(id, "REQ-3", "قرارداد کارکنان", deadline));
        clock.advance(Duration.ofDays(1));
        send(staff.get(office).manager(), new InspectionCommand.AnswerRequest(id, "REQ-1", "فهرست پیوست است"));
        clock.advance(Duration.ofDays(4));
        send(staff.get(office).manager(), new InspectionCommand.AnswerRequest(id, "REQ-2", "دفتر پیوست است"));
        planted.add(new Planted(Rule.A37_9_REQUEST_UNANSWERED, office, "REQ-2", List.of()));
        planted.add(new Planted(Rule.A37_9_REQUEST_UNANSWERED, office, "REQ-3", List.of()));
    }

    // ---- writing -----------------------------------------------------------------------------

    private void send(Actor actor, Object command) {
        commands.sendAndWait(meta(command, actor));
    }

    private static GenericCommandMessage<?> meta(Object command, Actor actor) {
        return (GenericCommandMessage<?>) GenericCommandMessage.asCommandMessage(command).andMetaData(actor.asMetaData());
    }

    /** Appends an event to a filing's stream directly, bypassing the aggregate's rules. Returns its id. */
    private String rogue(String filingId, Actor actor, FilingEvent event) {
        long last = lastSequence(filingId);
        GenericDomainEventMessage<FilingEvent> message = new GenericDomainEventMessage<>("Filing", filingId,
                last + 1, event, actor.asMetaData());
        ledger.engine.appendEvents(message);
        return message.getIdentifier();
    }

    private long lastSequence(String filingId) {
        return ledger.engine.lastSequenceNumberFor(filingId).orElseThrow();
    }

    private void step(int minutes) {
        clock.advance(Duration.ofMinutes(minutes + random.nextInt(Math.max(1, minutes))));
    }

    private Actor person(ActorRole role, String office) {
        return new Actor(nationalCode(), role, office);
    }

    private Party applicant() {
        return new Party(PersonType.NATURAL, nationalCode(), "متقاضی");
    }

    /** A valid national code (check digit per the national algorithm), unique in this run. */
    private String nationalCode() {
        String nine = String.format("%09d", 100_000_000 + (++codeSeq) * 7919 % 800_000_000);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int r = sum % 11;
        return nine + (r < 2 ? r : 11 - r);
    }

    private ContactDetails contacts() {
        return new ContactDetails(new MobileNumber("0912" + String.format("%07d", random.nextInt(10_000_000))),
                new ElectronicAddress("sana:" + (1_000_000_000L + random.nextInt(999_999_999))));
    }

    private String sha256() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The event clock of the scenario: moves only forward, only when told. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ScenarioGenerator <jdbc-url> [seed] [user] [password]");
            System.exit(2);
        }
        javax.sql.DataSource ds = dataSource(args[0], args.length > 2 ? args[2] : null, args.length > 3 ? args[3] : null);
        Path root = Path.of(System.getProperty("daftar.root", "."));
        Ledger.migrate(ds, root);
        try (Ledger ledger = new Ledger(ds, Ledger.tariffs(root))) {
            Scenario s = new ScenarioGenerator(ledger, args.length > 1 ? Long.parseLong(args[1]) : 1404L).generate(4, 5);
            System.out.println("scenario written: " + s.filings() + " filings, offices " + s.offices() + ", period "
                    + s.from() + " .. " + s.to());
            s.planted().forEach(p -> System.out.println("planted " + p.rule() + " at " + p.officeId() + " on " + p.subjectId()));
        }
    }

    static javax.sql.DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user == null ? "sa" : user);
            h2.setPassword(password == null ? "" : password);
            return h2;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        if (user != null) {
            pg.setUser(user);
        }
        if (password != null) {
            pg.setPassword(password);
        }
        return pg;
    }
}
