package ir.daftar.ops.inspection;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.IdentityVerificationMethod;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.inspection.AuditLimits;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.StaffMember;
import ir.daftar.core.office.StaffRole;
import ir.daftar.core.party.NationalCode;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import ir.daftar.projections.replay.OfficeReplay;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Replay benchmark: writes {@code N} events of one office (filings of twelve events each, a
 * year of work) into a fresh schema of a PostgreSQL database, then replays the office from
 * the event store with the audit rules and reports the duration, events per second and the
 * peak heap used. Run it with a small heap to show that memory stays bounded:
 *
 * <pre>
 * java -Xmx64m -cp ... ir.daftar.ops.inspection.ReplayBenchmark [events=100000] [jdbc-url]
 * </pre>
 */
public final class ReplayBenchmark {

    static final String OFFICE = "OFF-BENCH";
    static final CompetentAuthority COURT = new CompetentAuthority("TEH-CIV-12", AuthorityKind.COURT, "دادگاه");

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/daftar_test?user=postgres";
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        try {
            Path root = Path.of(System.getProperty("daftar.root", "."));
            Ledger.migrate(ds, root);
            Ledger ledger = new Ledger(ds, Ledger.tariffs(root));
            Instant start = Instant.parse("2025-04-01T05:00:00Z");
            long t0 = System.nanoTime();
            int written = write(ledger, events, start);
            System.out.printf("wrote %d events of %s in %d ms%n", written, OFFICE, (System.nanoTime() - t0) / 1_000_000);
            System.gc();
            OfficeReplay.Result r = new OfficeReplay(ledger.cursor(), ledger.tariffs, AuditLimits.DEFAULTS)
                    .replay(OFFICE, start, start.plus(Duration.ofDays(366)), a -> { },
                            p -> System.out.printf("progress %d%% (%d of %d)%n", p.percent(), p.scanned(), p.total()));
            System.out.printf("replayed %d events (%d in the period) in %d ms: %.0f events/s; findings %d; "
                            + "max heap %d MB, peak heap used %d MB%n",
                    r.statistics().eventsScanned(), r.statistics().eventsInPeriod(), r.duration().toMillis(),
                    r.eventsPerSecond(), r.findings().size(), Runtime.getRuntime().maxMemory() >> 20, peakHeapMb());
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Writes filings of twelve events each, an office route from start to submission, in batches. */
    static int write(Ledger ledger, int events, Instant start) {
        Random random = new Random(7);
        Actor clerk = new Actor("0045678911", ActorRole.OFFICE_CLERK, OFFICE);
        Map<String, String> meta = clerk.asMetaData();
        Instant at = start;
        int written = 0;
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        Map<String, String> system = Map.of("actorId", "system:bench", "actorRole", "SYSTEM");
        batch.add(new GenericDomainEventMessage<>("Office", OFFICE, 0, new OfficeEvent.OfficeRegistered(OFFICE, "دفتر",
                OfficeOrigin.NEW, "تهران", "تهران"), system, UUID.randomUUID().toString(), at.minusSeconds(3600)));
        batch.add(new GenericDomainEventMessage<>("Office", OFFICE, 1, new OfficeEvent.StaffMemberAppointed(OFFICE,
                new StaffMember(new NationalCode(clerk.id()), "حسین موسوی", StaffRole.CLERK, true)), system,
                UUID.randomUUID().toString(), at.minusSeconds(1800)));
        written += 2;
        while (written < events) {
            String f = UUID.randomUUID().toString();
            CourtFeeInputs inputs = new CourtFeeInputs(FilingKind.PETITION, ClaimNature.FINANCIAL, 100_000_000L, AuthorityKind.COURT);
            long fee = ledger.tariffs.inForceAt(at).compute(inputs);
            List<FilingEvent> story = List.of(
                    new FilingEvent.FilingStarted(f, FilingRoute.OFFICE, FilingKind.PETITION, ClaimNature.FINANCIAL, 100_000_000L,
                            new Party(PersonType.NATURAL, "0499370899", "علی رضایی"), List.of(), COURT, "مطالبه وجه", OFFICE, f),
                    new FilingEvent.IdentityVerified(f, OFFICE, clerk.id(), IdentityVerificationMethod.NATIONAL_SMART_CARD),
                    new FilingEvent.DocumentDigitized(f, new ElectronicDocument("D1", "دادخواست", 2, "a".repeat(64)), clerk.id(), null),
                    new FilingEvent.ApplicantConfirmedDocuments(f, List.of("D1"), clerk.id()),
                    new FilingEvent.CourtFeeAssessed(f, fee, "1404-1", inputs),
                    new FilingEvent.CourtFeePaid(f, "PAY-1", fee, "R-1"),
                    new FilingEvent.DocumentConformityVerified(f, "D1", OFFICE, clerk.id()),
                    new FilingEvent.ContactDetailsRegistered(f, new ContactDetails(new MobileNumber("09121234567"),
                            new ElectronicAddress("sana:1234567890")), clerk.id()),
                    new FilingEvent.NotificationUndertakingAcknowledged(f, "b".repeat(64), clerk.id()),
                    new FilingEvent.TrackingCodeIssued(f, TrackingCode.random(random), OFFICE, clerk.id()),
                    new FilingEvent.SubmittedToCompetentAuthority(f, COURT, OFFICE, clerk.id()),
                    new FilingEvent.ContactDetailsChanged(f, null, new ContactDetails(new MobileNumber("09351234567"),
                            new ElectronicAddress("sana:1234567891"))));
            for (int seq = 0; seq < story.size() && written < events; seq++) {
                Instant when = at;
                batch.add(new GenericDomainEventMessage<>("Filing", f, seq, story.get(seq), meta,
                        UUID.randomUUID().toString(), when));
                at = at.plusSeconds(60);
                written++;
            }
            if (batch.size() >= 1200) {
                ledger.engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            ledger.engine.appendEvents(batch);
        }
        return written;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
