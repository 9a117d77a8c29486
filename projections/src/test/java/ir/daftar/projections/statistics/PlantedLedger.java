package ir.daftar.projections.statistics;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.common.Rule;
import ir.daftar.core.contact.ContactDetails;
import ir.daftar.core.contact.ElectronicAddress;
import ir.daftar.core.contact.MobileNumber;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingReturned;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.RegisteredAsCase;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingEvent.TrackingCodeIssued;
import ir.daftar.core.filing.ElectronicDocument;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionKind;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.NoticeContent;
import ir.daftar.core.notice.NoticeEvent.AlertFailed;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import ir.daftar.core.notice.NoticeEvent.NoticeIssued;
import ir.daftar.core.notice.NoticeEvent.NoticeViewed;
import ir.daftar.core.notice.NoticeKind;
import ir.daftar.core.notice.Recipient;
import ir.daftar.core.notice.RecipientRole;
import ir.daftar.core.notice.ViewChannel;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.party.Party;
import ir.daftar.core.party.PersonType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * A seeded ledger planted for the statistics tests: offices in two provinces, filings on the three routes with chosen
 * times across a Jalali month's end and Tehran's midnight, conformity rejections, returns, cases, notices with served,
 * viewed and failed alerts, an inspection with findings, and events the statistics do not count. Beside the events it
 * keeps the plan ({@link Filing}) from which a test computes the expected figures on its own.
 */
final class PlantedLedger {

    static final String OFFICE_A = "OFF-A";
    static final String OFFICE_B = "OFF-B";
    static final String OFFICE_C = "OFF-C";
    static final Map<String, String> PROVINCE = Map.of(OFFICE_A, "تهران", OFFICE_B, "تهران", OFFICE_C, "اصفهان");
    static final CompetentAuthority COURT = new CompetentAuthority("court-1", AuthorityKind.COURT, "دادگاه عمومی حقوقی");
    static final CompetentAuthority PROSECUTOR = new CompetentAuthority("pros-1", AuthorityKind.PROSECUTOR_OFFICE,
            "دادسرای عمومی");
    /** 1404/03/25 08:30 in Tehran; the filings run past 1404/04/01 (2025-06-22). */
    static final Instant BASE = Instant.parse("2025-06-15T05:00:00Z");
    static final String INSPECTION = "INS-1";
    static final List<Rule> FINDINGS = List.of(Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED,
            Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, Rule.A37_6_RECEIPT_REQUIRED);
    static final String APPLICANT = "1234567891";

    /** One planted filing, as the test sees it: every time null when the step did not happen. */
    record Filing(String id, FilingRoute route, FilingKind kind, String office, CompetentAuthority authority,
                  Instant started, Instant trackingCode, String trackingOffice, Instant originals, List<Instant> rejections,
                  Instant verified, Instant submitted, Instant returned, Instant registered, Instant noticeIssued,
                  Instant noticeServed, Instant alertFailed, Instant noticeViewed) {
    }

    final List<Filing> filings = new ArrayList<>();
    final List<DomainEventMessage<?>> events = new ArrayList<>();
    final Instant inspectionOpened;
    final List<Instant> findings = new ArrayList<>();

    PlantedLedger(long seed, int count) {
        Random random = new Random(seed);
        Instant t = BASE.minus(Duration.ofDays(1));
        for (String office : List.of(OFFICE_A, OFFICE_B, OFFICE_C)) {
            add("Office", office, new OfficeRegistered(office, "دفتر " + office, OfficeOrigin.NEW, PROVINCE.get(office),
                    "شهر"), t = t.plusSeconds(60));
        }
        for (int i = 0; i < count; i++) {
            filings.add(filing(i, random));
        }
        inspectionOpened = BASE.plus(Duration.ofDays(3));
        add("Inspection", INSPECTION, new InspectionOpened(INSPECTION, InspectionKind.AD_HOC, "KANOON-TEH", OFFICE_B,
                List.of("0511111118"), BASE.minus(Duration.ofDays(30)), BASE, "0511111118"), inspectionOpened);
        for (int k = 0; k < FINDINGS.size(); k++) {
            Instant at = inspectionOpened.plus(Duration.ofDays(1 + 2L * k));
            findings.add(at);
            Rule rule = FINDINGS.get(k);
            add("Inspection", INSPECTION, new FindingAccepted(INSPECTION, "F-" + k, rule, rule.article(), "subject-" + k,
                    List.of("e-" + k), "تاخیر", "0511111118"), at);
        }
        // a store in recording order, each aggregate's own order kept (times only grow within a stream)
        events.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
    }

    private Filing filing(int i, Random random) {
        String id = "F-" + i;
        FilingRoute route = i % 7 == 3 ? FilingRoute.PAPER : i % 5 == 0 ? FilingRoute.PORTAL : FilingRoute.OFFICE;
        FilingKind kind = route == FilingRoute.PAPER ? FilingKind.COMPLAINT : FilingKind.values()[random.nextInt(3)];
        String office = List.of(OFFICE_A, OFFICE_B, OFFICE_C).get(random.nextInt(3));
        CompetentAuthority authority = random.nextBoolean() ? COURT : PROSECUTOR;
        Instant start = BASE.plus(Duration.ofMinutes(i * 300L + random.nextInt(240)));
        Instant t = start;
        add("Filing", id, new FilingStarted(id, route, kind, null, null,
                new Party(PersonType.NATURAL, APPLICANT, "متقاضی"), List.of(), authority, "موضوع",
                route == FilingRoute.OFFICE ? office : null, "fp-" + id), start);
        add("Filing", id, new DocumentDigitized(id, new ElectronicDocument("d-" + i, "سند", 1, "a".repeat(64)), "x", null),
                t = t.plusSeconds(60)); // not counted
        if (route == FilingRoute.PAPER) {
            Instant code = t.plusSeconds(60);
            add("Filing", id, new TrackingCodeIssued(id, TrackingCode.random(new Random(i)), null, null), code);
            return new Filing(id, route, kind, null, authority, start, code, null, null, List.of(), null, null, null, null,
                    null, null, null, null);
        }
        Instant code = null;
        Instant originals = null;
        String trackingOffice = null;
        if (route == FilingRoute.PORTAL) {
            code = t = t.plus(Duration.ofMinutes(20 + random.nextInt(600)));
            add("Filing", id, new TrackingCodeIssued(id, TrackingCode.random(new Random(i)), null, null), code);
            originals = t = t.plus(Duration.ofHours(1 + random.nextInt(30)));
            add("Filing", id, new OriginalsReceived(id, office, "clerk-" + office), originals);
        }
        List<Instant> rejections = new ArrayList<>();
        for (int r = random.nextInt(3) - (i % 2); r > 0; r--) {
            t = t.plus(Duration.ofMinutes(5 + random.nextInt(60)));
            rejections.add(t);
            add("Filing", id, new DocumentConformityRejected(id, "d-" + i, office, "clerk-" + office, "ناخوانا"), t);
        }
        Instant verified = t = t.plus(Duration.ofMinutes(5 + random.nextInt(60)));
        add("Filing", id, new DocumentConformityVerified(id, "d-" + i, office, "clerk-" + office), verified);
        if (route == FilingRoute.OFFICE) {
            code = t = t.plus(Duration.ofMinutes(10 + random.nextInt(200)));
            trackingOffice = office;
            add("Filing", id, new TrackingCodeIssued(id, TrackingCode.random(new Random(i)), office, "clerk-" + office), code);
        }
        if (i % 9 == 4) { // never submitted
            return new Filing(id, route, kind, office, authority, start, code, trackingOffice, originals, rejections,
                    verified, null, null, null, null, null, null, null);
        }
        // office C is slow to submit
        Instant submitted = t = t.plus(Duration.ofMinutes((office.equals(OFFICE_C) ? 1500 : 10) + random.nextInt(900)));
        add("Filing", id, new SubmittedToCompetentAuthority(id, authority, office, "expert-" + office), submitted);
        Instant returned = null;
        Instant registered = null;
        Instant issued = null;
        Instant served = null;
        Instant failed = null;
        Instant viewed = null;
        if (i % 4 == 1) {
            returned = t = t.plus(Duration.ofHours(3 + random.nextInt(40)));
            add("Filing", id, new FilingReturned(id, authority.id(), "ناقص", "court-staff"), returned);
        } else {
            registered = t = t.plus(Duration.ofHours(3 + random.nextInt(40)));
            add("Filing", id, new RegisteredAsCase(id, authority.id(), "9" + String.format("%09d", i), "12",
                    LocalDate.ofInstant(registered, java.time.ZoneOffset.UTC), "court-staff"), registered);
            String notice = "N-" + i;
            issued = t = t.plus(Duration.ofHours(2));
            ContactDetails channel = new ContactDetails(new MobileNumber("09121234567"),
                    new ElectronicAddress("sana:1234567890"));
            add("Notice", notice, new NoticeIssued(notice, id, authority.id(), NoticeKind.HEARING_DATE,
                    new Recipient(RecipientRole.APPLICANT, APPLICANT, "متقاضی"), null,
                    new NoticeContent("وقت رسیدگی", List.of("d".repeat(64))), null), issued);
            if (i % 3 != 0) {
                served = t = t.plusSeconds(90);
                add("Notice", notice, new NoticeDeposited(notice, id, APPLICANT, channel, served, (Deadline) null), served);
                if (i % 2 == 0) {
                    failed = t = t.plusSeconds(120);
                    add("Notice", notice, new AlertFailed(notice, id, notice + ":1", 3, "gateway down"), failed);
                }
                if (i % 5 != 2) {
                    viewed = t = t.plus(Duration.ofHours(1 + random.nextInt(20)));
                    add("Notice", notice, new NoticeViewed(notice, id, viewed, ViewChannel.SANA_ACCOUNT, issued), viewed);
                }
            }
        }
        return new Filing(id, route, kind, office, authority, start, code, trackingOffice, originals, rejections, verified,
                submitted, returned, registered, issued, served, failed, viewed);
    }

    private final Map<String, Long> sequences = new HashMap<>();

    private void add(String type, String aggregateId, Object payload, Instant at) {
        long seq = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String id = UUID.nameUUIDFromBytes((aggregateId + "/" + seq).getBytes(StandardCharsets.UTF_8)).toString();
        events.add(new GenericDomainEventMessage<>(type, aggregateId, seq, payload, MetaData.emptyInstance(), id, at));
    }

    /** The events recorded at or before the instant. */
    List<DomainEventMessage<?>> upTo(Instant instant) {
        return events.stream().filter(e -> !e.getTimestamp().isAfter(instant)).toList();
    }
}
