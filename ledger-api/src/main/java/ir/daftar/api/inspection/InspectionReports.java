package ir.daftar.api.inspection;

import ir.daftar.api.web.Jalali;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.api.config.WebConfiguration;
import ir.daftar.core.common.Rule;
import ir.daftar.core.inspection.Finding;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.LedgerEntry;
import ir.daftar.core.inspection.OfficeAudit;
import ir.daftar.projections.store.EventStoreCursor;
import ir.daftar.projections.inspection.InspectionFile;
import ir.daftar.projections.replay.OfficeReplay;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reasoned and documented report (A33): the findings with their articles, the inspector's
 * decisions and reasons, every evidence event in full, and the replay's statistics. Once the
 * report is finalized its findings are the ones recorded in the ledger (FindingAccepted), which
 * never change; before that they are the ones the replay finds now.
 */
@Component
class InspectionReports {

    private final OfficeReplay replay;
    private final EventStoreCursor events;
    private final MessageSource messages;
    private final ObjectMapper json;

    InspectionReports(OfficeReplay replay, EventStoreCursor events, MessageSource messages, ObjectMapper json) {
        this.replay = replay;
        this.events = events;
        this.messages = messages;
        this.json = json;
    }

    record Evidence(long globalIndex, String eventId, String eventType, String aggregateType, String aggregateId,
                    long sequenceNumber, Instant recordedAt, String recordedAtJalali, String actorId, String actorRole,
                    String officeId, String authorityId, JsonNode payload) {
    }

    record ReportFinding(String findingId, Rule rule, String article, String ruleText, String subjectId, Instant at,
                         String atJalali, String detail, String decision, String reason, List<Evidence> evidence) {
    }

    record Statistics(long eventsScanned, long eventsOfOffice, long eventsInPeriod, long filingsHeld,
                      Map<String, Long> inPeriodByType, long headIndex, long durationMillis) {
    }

    record Report(String inspectionId, String kind, String kanoonId, String officeId, List<String> inspectors,
                  Instant periodFrom, Instant periodTo, String periodJalali, String state, String summary,
                  Instant finalizedAt, Instant sentToGdAt, List<InspectionFile.Correction> corrections,
                  List<InspectionFile.Request> requests, List<ReportFinding> findings, Statistics statistics,
                  Instant generatedAt, String generatedAtJalali) {
    }

    /** Replays the inspected office over the inspection's period and computes the findings. */
    OfficeReplay.Result findings(InspectionFile file) {
        return replay.replay(file.officeId(), file.opened().periodFrom(), file.opened().periodTo(), a -> { }, p -> { });
    }

    Report report(InspectionFile file) {
        OfficeReplay.Result result = findings(file);
        Map<String, Finding> found = new LinkedHashMap<>();
        result.findings().forEach(f -> found.put(f.findingId(), f));
        List<ReportFinding> findings = new ArrayList<>();
        if (file.report().isPresent()) {
            for (String id : file.report().get().acceptedFindingIds()) {
                FindingAccepted accepted = file.decisions().get(id).acceptedAs();
                Finding now = found.get(id);
                findings.add(finding(id, accepted.rule(), accepted.subjectId(), now == null ? null : now.at(),
                        now == null ? null : now.detail(), "ACCEPTED", accepted.reason(), accepted.evidenceEventIds()));
            }
            for (String id : file.report().get().dismissedFindingIds()) {
                InspectionFile.Decision d = file.decisions().get(id);
                Finding now = found.get(id);
                if (now != null) {
                    findings.add(finding(id, now.rule(), now.subjectId(), now.at(), now.detail(), "DISMISSED", d.reason(),
                            now.evidenceEventIds()));
                }
            }
        } else {
            for (Finding f : result.findings()) {
                InspectionFile.Decision d = file.decisions().get(f.findingId());
                String decision = d == null ? "UNDECIDED" : d.accepted() ? "ACCEPTED" : "DISMISSED";
                findings.add(finding(f.findingId(), f.rule(), f.subjectId(), f.at(), f.detail(), decision,
                        d == null ? null : d.reason(), f.evidenceEventIds()));
            }
        }
        OfficeAudit.Statistics s = result.statistics();
        Instant now = Instant.now();
        String state = file.sentAt() != null ? "SENT_TO_GD" : file.report().isPresent() ? "FINALIZED" : "OPEN";
        return new Report(file.opened().inspectionId(), file.opened().kind().name(), file.opened().kanoonId(), file.officeId(),
                file.opened().inspectorIds(), file.opened().periodFrom(), file.opened().periodTo(),
                Jalali.date(file.opened().periodFrom()) + " تا " + Jalali.date(file.opened().periodTo()), state,
                file.report().map(r -> r.summary()).orElse(null), file.finalizedAt(), file.sentAt(), file.corrections(),
                file.requests(), findings,
                new Statistics(s.eventsScanned(), s.eventsOfOffice(), s.eventsInPeriod(), s.filingsHeld(), s.inPeriodByType(),
                        result.headIndex(), result.duration().toMillis()),
                now, Jalali.dateTime(now));
    }

    private ReportFinding finding(String id, Rule rule, String subject, Instant at, String detail, String decision,
                                  String reason, List<String> evidenceIds) {
        List<Evidence> evidence = new ArrayList<>();
        for (String eventId : evidenceIds) {
            LedgerEntry e = events.find(eventId);
            if (e != null) {
                evidence.add(new Evidence(e.globalIndex(), e.eventId(), e.eventType(), e.aggregateType(), e.aggregateId(),
                        e.sequenceNumber(), e.recordedAt(), Jalali.dateTime(e.recordedAt()), e.actorId(), e.actorRole(),
                        e.officeId(), e.authorityId(), payload(eventId)));
            }
        }
        return new ReportFinding(id, rule, rule.article(),
                messages.getMessage("rule." + rule.name(), null, rule.name(), WebConfiguration.PERSIAN), subject, at,
                Jalali.dateTime(at), detail, decision, reason, evidence);
    }

    private JsonNode payload(String eventId) {
        try {
            String text = events.payloadJson(eventId);
            return text == null ? null : json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
