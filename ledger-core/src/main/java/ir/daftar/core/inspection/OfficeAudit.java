package ir.daftar.core.inspection;

import ir.daftar.core.access.AccessEvent.CaseDataRead;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.feeschedule.ConfirmedSchedule;
import ir.daftar.core.feeschedule.ScheduleHistory;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.filing.FilingEvent.CourtFeeAssessed;
import ir.daftar.core.filing.FilingEvent.CourtFeePaid;
import ir.daftar.core.filing.FilingEvent.DocumentConformityRejected;
import ir.daftar.core.filing.FilingEvent.DocumentConformityVerified;
import ir.daftar.core.filing.FilingEvent.DocumentDigitized;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.filing.FilingEvent.OfficeServiceCharged;
import ir.daftar.core.filing.FilingEvent.OriginalsReceived;
import ir.daftar.core.filing.FilingEvent.SubmittedToCompetentAuthority;
import ir.daftar.core.filing.FilingRoute;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import ir.daftar.core.inspection.InspectionEvent.RequestAnswered;
import ir.daftar.core.inspection.InspectionEvent.RequestSentToOffice;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inspector's rules over one office's record (A37, A5/A6, A12), applied to the event stream
 * in order, one event at a time. Feed it every event of the ledger from the first (state such as
 * the office's staff and the filings it holds comes from before the period); it reports the
 * office's activity and the findings that fall inside the period {@code [from, to]}.
 *
 * <p>Memory is bounded by what is open, not by the length of the record: per filing held by the
 * office it keeps a few ids and instants while the filing is open, and only its id once submitted.
 *
 * <p>Rules, each with the events that prove it:
 * <ul>
 *   <li>A37-4 delays beyond {@link AuditLimits}: documents received (office filing started) to first
 *       digitized; court fee paid at the office to submitted; last conformity verification to submitted.
 *       A delay happens at the instant the limit runs out; a step still not taken at {@code to} counts.</li>
 *   <li>A37-12: a fee paid above the court fee recomputed from the assessment's inputs with the tariff
 *       in force at the assessment; an office service charged above the office service fee schedule in force
 *       when it was charged (its confirmed versions folded from the same stream; ADR 0921, revisited).</li>
 *   <li>A37-6: a fee paid with no receipt number.</li>
 *   <li>A37-13/A12: a read of case data by the office's staff on a filing the office did not hold then.</li>
 *   <li>A5/A6: a submission with a current document not verified against its original; a verification
 *       by a person who was not on the office's staff at that moment.</li>
 *   <li>A37-9: an inspectors' request answered after its deadline, or unanswered when it ran out.</li>
 * </ul>
 */
public final class OfficeAudit {

    private final String officeId;
    private final Instant from;
    private final Instant to;
    private final AuditLimits limits;
    private final CourtFeeTariffs tariffs;
    /** A22(c), A37-12: the office service fee schedules confirmed so far in the stream. */
    private final ScheduleHistory schedules = new ScheduleHistory();

    /** The office's staff now (national code -> role), from its own events. */
    private final Map<String, String> staff = new HashMap<>();
    /** Filings held by the office; open ones with their state, submitted ones with none. */
    private final Map<String, FilingTrack> open = new HashMap<>();
    private final Set<String> held = new HashSet<>();
    /** Portal filings no office holds yet: their documents, digitized by the applicant, until an office receives the originals. */
    private final Map<String, FilingTrack> awaitingOriginals = new HashMap<>();
    private final Set<String> inspections = new HashSet<>();
    private final Map<String, PendingRequest> requests = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Long> countsByType = new TreeMap<>();
    private long scanned;
    private long ofOffice;
    private long inPeriod;
    private boolean finished;

    public OfficeAudit(String officeId, Instant from, Instant to, AuditLimits limits, CourtFeeTariffs tariffs) {
        this.officeId = officeId;
        this.from = from;
        this.to = to;
        this.limits = limits;
        this.tariffs = tariffs;
    }

    /**
     * Applies one event. Returns the activity entry when the event is the office's and falls in
     * the period; events recorded after {@code to} are ignored (the state is as of {@code to}).
     */
    public Optional<ActivityEntry> accept(LedgerEntry e) {
        if (finished) {
            throw new IllegalStateException("the audit is finished");
        }
        scanned++;
        if (e.recordedAt().isAfter(to)) {
            return Optional.empty();
        }
        schedules.accept(e.payload());
        if (e.payload() instanceof FilingEvent filing) {
            trackPortal(e, filing);
        }
        String subject = subjectOfOffice(e);
        if (subject == null) {
            return Optional.empty();
        }
        ofOffice++;
        boolean inside = inPeriod(e.recordedAt());
        Object payload = e.payload();
        if (payload instanceof OfficeEvent office) {
            onOffice(office);
        } else if (payload instanceof FilingEvent filing) {
            onFiling(e, filing, inside);
        } else if (payload instanceof CaseDataRead read) {
            onRead(e, read, inside);
        } else if (payload instanceof InspectionEvent inspection) {
            onInspection(e, inspection);
        }
        if (!inside) {
            return Optional.empty();
        }
        inPeriod++;
        countsByType.merge(e.eventType(), 1L, Long::sum);
        return Optional.of(ActivityEntry.of(e, subject));
    }

    /** Ends the replay at {@code to}: steps still waiting when their limit ran out are delays too. */
    public List<Finding> finish() {
        if (!finished) {
            finished = true;
            for (FilingTrack track : open.values()) {
                for (PendingClock clock : track.clocks.values()) {
                    Instant due = clock.start.plus(clock.limit);
                    if (!due.isAfter(to) && inPeriod(due)) {
                        findings.add(Finding.of(clock.rule, officeId, track.filingId, due, List.of(clock.startEventId),
                                "not done " + hours(clock.limit) + " after the step, still pending at the end of the period"));
                    }
                }
            }
            for (PendingRequest request : requests.values()) {
                if (!request.deadline.isAfter(to) && inPeriod(request.deadline)) {
                    findings.add(Finding.of(Rule.A37_9_REQUEST_UNANSWERED, officeId, request.requestId, request.deadline,
                            List.of(request.eventId), "unanswered at the deadline " + request.deadline));
                }
            }
        }
        return findings();
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Counts of the replay: events scanned, events of the office (any time up to {@code to}), in the period, by type. */
    public Statistics statistics() {
        return new Statistics(scanned, ofOffice, inPeriod, held.size(), Map.copyOf(countsByType), findings.size());
    }

    public record Statistics(long eventsScanned, long eventsOfOffice, long eventsInPeriod, long filingsHeld,
                             Map<String, Long> inPeriodByType, long findings) {
    }

    // ---- which events are the office's -------------------------------------------------

    /** The subject (filing, office, inspection) when the event belongs to this office's record; null otherwise. */
    private String subjectOfOffice(LedgerEntry e) {
        Object payload = e.payload();
        if (payload instanceof OfficeEvent office) {
            return officeId.equals(office.officeId()) ? officeId : null;
        }
        if (payload instanceof FilingEvent filing) {
            if (payload instanceof FilingStarted started && officeId.equals(started.officeId())) {
                return filing.filingId();
            }
            if (payload instanceof OriginalsReceived received && officeId.equals(received.officeId())) {
                return filing.filingId();
            }
            if (payload instanceof OfficeServiceCharged charged && officeId.equals(charged.officeId())) {
                return filing.filingId();
            }
            return held.contains(filing.filingId()) || officeId.equals(e.officeId()) ? filing.filingId() : null;
        }
        if (payload instanceof CaseDataRead read) {
            return officeId.equals(e.officeId()) ? read.filingId() : null;
        }
        if (payload instanceof InspectionEvent inspection) {
            if (payload instanceof InspectionOpened opened) {
                return officeId.equals(opened.officeId()) ? inspection.inspectionId() : null;
            }
            return inspections.contains(inspection.inspectionId()) ? inspection.inspectionId() : null;
        }
        return null;
    }

    // ---- office ---------------------------------------------------------------------------

    private void onOffice(OfficeEvent event) {
        if (event instanceof StaffMemberAppointed appointed) {
            staff.put(appointed.member().nationalCode().value(), appointed.member().role().name());
        } else if (event instanceof StaffAppointmentEnded ended) {
            staff.remove(ended.nationalCode());
        }
    }

    // ---- filings --------------------------------------------------------------------------

    private void onFiling(LedgerEntry e, FilingEvent event, boolean inside) {
        String id = event.filingId();
        if (event instanceof FilingStarted started && officeId.equals(started.officeId())) {
            FilingTrack track = take(id, started.route());
            if (started.route() == FilingRoute.OFFICE) {
                track.start(Rule.A37_4_DELAY_RECEIVED_TO_DIGITIZED, e, limits.receivedToDigitized());
            }
            return;
        }
        if (event instanceof OriginalsReceived received && officeId.equals(received.officeId())) {
            take(id, FilingRoute.PORTAL);
            return;
        }
        if (event instanceof OfficeServiceCharged charged) {
            onServiceCharge(e, charged, inside);
            return;
        }
        FilingTrack track = open.get(id);
        if (track == null) {
            return;
        }
        if (event instanceof DocumentDigitized digitized) {
            close(track, Rule.A37_4_DELAY_RECEIVED_TO_DIGITIZED, e);
            track.digitized(digitized, e.eventId());
        } else if (event instanceof DocumentConformityVerified verified) {
            DocumentTrack document = track.documents.get(verified.documentId());
            if (document != null) {
                document.verified = true;
            }
            if (inside && !staff.containsKey(verified.verifiedBy())) {
                findings.add(Finding.of(Rule.A6_NOT_OFFICE_STAFF, officeId, id, e.occurredAt(), List.of(e.eventId()),
                        "conformity verified by " + verified.verifiedBy() + ", not on the staff of " + officeId + " then"));
            }
            if (track.documents.values().stream().allMatch(d -> d.replaced || d.verified)) {
                track.start(Rule.A37_4_DELAY_VERIFIED_TO_SUBMITTED, e, limits.verifiedToSubmitted());
            }
        } else if (event instanceof DocumentConformityRejected) {
            track.clocks.remove(Rule.A37_4_DELAY_VERIFIED_TO_SUBMITTED);
        } else if (event instanceof CourtFeeAssessed assessed) {
            track.assessedEventId = e.eventId();
            track.assessedAt = e.occurredAt();
            track.assessedInputs = assessed.inputs();
        } else if (event instanceof CourtFeePaid paid) {
            onPayment(e, track, paid, inside);
        } else if (event instanceof SubmittedToCompetentAuthority) {
            onSubmission(e, track, inside);
        }
    }

    private FilingTrack take(String filingId, FilingRoute route) {
        held.add(filingId);
        FilingTrack before = awaitingOriginals.remove(filingId);
        return open.computeIfAbsent(filingId, id -> before != null ? before : new FilingTrack(id, route));
    }

    /** A5: what the applicant did on the portal before any office held the filing (the documents). */
    private void trackPortal(LedgerEntry e, FilingEvent event) {
        if (event instanceof FilingStarted started) {
            if (started.route() == FilingRoute.PORTAL) {
                awaitingOriginals.put(started.filingId(), new FilingTrack(started.filingId(), FilingRoute.PORTAL));
            }
            return;
        }
        FilingTrack track = awaitingOriginals.get(event.filingId());
        if (track == null) {
            return;
        }
        if (event instanceof DocumentDigitized digitized) {
            track.digitized(digitized, e.eventId());
        } else if (event instanceof OriginalsReceived received && !officeId.equals(received.officeId())) {
            awaitingOriginals.remove(event.filingId());
        } else if (event instanceof SubmittedToCompetentAuthority) {
            awaitingOriginals.remove(event.filingId());
        }
    }

    private void onPayment(LedgerEntry e, FilingTrack track, CourtFeePaid paid, boolean inside) {
        track.start(Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, e, limits.feePaidToSubmitted());
        if (!inside) {
            return;
        }
        if (paid.receiptNumber() == null || paid.receiptNumber().isBlank()) {
            findings.add(Finding.of(Rule.A37_6_RECEIPT_REQUIRED, officeId, track.filingId, e.occurredAt(),
                    List.of(e.eventId()), paid.amountRials() + " rials received with no receipt"));
        }
        if (track.assessedInputs != null) {
            Long due = scheduleFee(track.assessedInputs, track.assessedAt);
            if (due != null && paid.amountRials() > due) {
                findings.add(Finding.of(Rule.A37_12_FEE_ABOVE_SCHEDULE, officeId, track.filingId, e.occurredAt(),
                        List.of(track.assessedEventId, e.eventId()),
                        paid.amountRials() + " rials charged; the schedule in force gives " + due));
            }
        }
    }

    /**
     * A37-12: an office service charged above the schedule in force when it was charged (an imported or past act
     * judged at its {@code occurredAt}); a service no schedule in force names is due nothing.
     */
    private void onServiceCharge(LedgerEntry e, OfficeServiceCharged charged, boolean inside) {
        if (!inside || !officeId.equals(charged.officeId())) {
            return;
        }
        Optional<ConfirmedSchedule> schedule = schedules.inForceAt(e.occurredAt());
        Long listed = schedule.map(s -> s.fees().get(charged.service())).orElse(null);
        long due = listed == null ? 0 : listed;
        if (charged.amountRials() > due) {
            String basis = schedule.isEmpty() ? "no office service fee schedule was in force"
                    : listed == null ? "version " + schedule.get().version() + " in force has no service " + charged.service()
                    : "version " + schedule.get().version() + " in force gives " + due + " for " + charged.service();
            findings.add(Finding.of(Rule.A37_12_FEE_ABOVE_SCHEDULE, officeId, charged.filingId(), e.occurredAt(),
                    List.of(e.eventId()), charged.amountRials() + " rials charged for " + charged.service() + "; " + basis));
        }
    }

    private Long scheduleFee(CourtFeeInputs inputs, Instant at) {
        try {
            return tariffs.inForceAt(at).compute(inputs);
        } catch (RuntimeException noTariff) {
            return null;
        }
    }

    private void onSubmission(LedgerEntry e, FilingTrack track, boolean inside) {
        close(track, Rule.A37_4_DELAY_FEE_PAID_TO_SUBMITTED, e);
        close(track, Rule.A37_4_DELAY_VERIFIED_TO_SUBMITTED, e);
        close(track, Rule.A37_4_DELAY_RECEIVED_TO_DIGITIZED, e);
        List<String> unverified = track.documents.values().stream()
                .filter(d -> !d.replaced && !d.verified).map(d -> d.digitizedEventId).toList();
        if (inside && (unverified.size() > 0 || track.documents.isEmpty())) {
            List<String> evidence = new ArrayList<>(unverified);
            evidence.add(e.eventId());
            findings.add(Finding.of(Rule.A5_CONFORMITY_NOT_VERIFIED, officeId, track.filingId, e.occurredAt(), evidence,
                    track.documents.isEmpty() ? "submitted with no documents"
                            : unverified.size() + " document(s) submitted without verification against the original"));
        }
        open.remove(track.filingId);
    }

    /** Closes a delay clock at {@code e}; a late close is a finding when its limit ran out in the period. */
    private void close(FilingTrack track, Rule rule, LedgerEntry e) {
        PendingClock clock = track.clocks.remove(rule);
        if (clock == null) {
            return;
        }
        Instant due = clock.start.plus(clock.limit);
        if (e.occurredAt().isAfter(due) && inPeriod(due)) {
            Duration took = Duration.between(clock.start, e.occurredAt());
            findings.add(Finding.of(rule, officeId, track.filingId, due, List.of(clock.startEventId, e.eventId()),
                    "took " + hours(took) + "; the limit is " + hours(clock.limit)));
        }
    }

    // ---- reads ----------------------------------------------------------------------------

    /** A37-13/A12: the office's staff read only the cases the office holds. */
    private void onRead(LedgerEntry e, CaseDataRead read, boolean inside) {
        if (!inside || e.actorRole() == null) {
            return;
        }
        boolean officeStaff;
        try {
            officeStaff = ActorRole.valueOf(e.actorRole()).isOfficeStaff();
        } catch (IllegalArgumentException unknownRole) {
            officeStaff = false;
        }
        if (officeStaff && !held.contains(read.filingId())) {
            findings.add(Finding.of(Rule.A37_13_READ_WITHOUT_LINK, officeId, read.filingId(), e.occurredAt(),
                    List.of(e.eventId()), e.actorId() + " read " + read.view() + " of a filing " + officeId
                            + " did not hold (purpose given: " + read.purpose() + ")"));
        }
    }

    // ---- inspections ------------------------------------------------------------------------

    private void onInspection(LedgerEntry e, InspectionEvent event) {
        if (event instanceof InspectionOpened opened) {
            inspections.add(opened.inspectionId());
        } else if (event instanceof RequestSentToOffice sent) {
            requests.put(key(sent.inspectionId(), sent.requestId()),
                    new PendingRequest(sent.requestId(), e.eventId(), sent.deadline()));
        } else if (event instanceof RequestAnswered answered) {
            PendingRequest request = requests.remove(key(answered.inspectionId(), answered.requestId()));
            if (request != null && e.occurredAt().isAfter(request.deadline) && inPeriod(request.deadline)) {
                findings.add(Finding.of(Rule.A37_9_REQUEST_UNANSWERED, officeId, request.requestId, request.deadline,
                        List.of(request.eventId, e.eventId()), "answered on " + e.occurredAt() + ", after the deadline "
                                + request.deadline));
            }
        }
    }

    private static String key(String inspectionId, String requestId) {
        return inspectionId + "/" + requestId;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private boolean inPeriod(Instant at) {
        return !at.isBefore(from) && !at.isAfter(to);
    }

    private static String hours(Duration d) {
        long h = d.toHours();
        return h >= 48 ? (h / 24) + " days " + (h % 24) + " h" : h + " h " + d.toMinutesPart() + " min";
    }

    private static final class FilingTrack {
        final String filingId;
        final FilingRoute route;
        final Map<String, DocumentTrack> documents = new LinkedHashMap<>();
        final Map<Rule, PendingClock> clocks = new HashMap<>();
        String assessedEventId;
        Instant assessedAt;
        CourtFeeInputs assessedInputs;

        FilingTrack(String filingId, FilingRoute route) {
            this.filingId = filingId;
            this.route = route;
        }

        void digitized(DocumentDigitized digitized, String eventId) {
            if (digitized.replacesDocumentId() != null) {
                DocumentTrack replaced = documents.get(digitized.replacesDocumentId());
                if (replaced != null) {
                    replaced.replaced = true;
                }
            }
            documents.put(digitized.document().documentId(), new DocumentTrack(eventId));
            clocks.remove(Rule.A37_4_DELAY_VERIFIED_TO_SUBMITTED);
        }

        void start(Rule rule, LedgerEntry e, Duration limit) {
            clocks.put(rule, new PendingClock(rule, e.eventId(), e.occurredAt(), limit));
        }
    }

    private static final class DocumentTrack {
        final String digitizedEventId;
        boolean verified;
        boolean replaced;

        DocumentTrack(String digitizedEventId) {
            this.digitizedEventId = digitizedEventId;
        }
    }

    private record PendingClock(Rule rule, String startEventId, Instant start, Duration limit) {
    }

    private record PendingRequest(String requestId, String eventId, Instant deadline) {
    }
}
