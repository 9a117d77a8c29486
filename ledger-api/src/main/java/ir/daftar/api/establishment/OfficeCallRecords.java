package ir.daftar.api.establishment;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.establishment.OfficeCallEvent;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeCallOpened;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed;
import ir.daftar.core.office.OfficeOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A14, A22(a) (ADR 0920): a call for applicants read from its own stream (no read model of its own), each step of
 * each application with the actor and the time of its event.
 */
@Component
class OfficeCallRecords {

    @Schema(description = "One step of an application: what was said, by whom, when")
    record Step(String actorId, String actorRole, Instant at, Boolean yes, String reasons) {
    }

    @Schema(description = "An application under a call and each step of the establishment chain it went through")
    record ApplicationView(String applicationId, String applicantName, String formerBody, Step received, Step vetting,
                           @Schema(description = "The vetting fee's receipt") String feeReceipt,
                           @Schema(description = "The vetting fee paid, in rials") Long feeAmount,
                           String officeId, String officeName, OfficeOrigin origin, Step proposal, Step decision,
                           Step managerAppointed, @Schema(description = "When the office was established") Instant establishedAt) {
    }

    @Schema(description = "A call for applicants (A22(a)) and its applications, each step side by side (A14)")
    record CallView(String callId, String province, String city, int offices, Step opened,
                    @Schema(description = "Offices established under the call so far") int established,
                    List<ApplicationView> applications) {
    }

    /**
     * The stored type of a call's first event, by which the calls are found without a read model of their own. No index
     * serves it (the event store takes none for one rare page; H2, which runs the same migrations, has no partial
     * index): the list reads the store's payload types, a GD page opened now and then.
     */
    static final String OPENED = OfficeCallOpened.class.getName();

    private final EventStore events;
    private final JdbcTemplate jdbc;

    OfficeCallRecords(EventStore events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Every call for applicants, the newest first, each as its events leave it (A22(a)). */
    List<CallView> calls() {
        List<String> ids = jdbc.queryForList("SELECT aggregate_identifier FROM domain_event_entry "
                + "WHERE payload_type = ? ORDER BY global_index DESC", String.class, OPENED);
        return ids.stream().map(this::call).flatMap(Optional::stream).toList();
    }

    /** The call as its events leave it; empty when no call has this id. */
    Optional<CallView> call(String callId) {
        DomainEventStream stream = events.readEvents(callId);
        OfficeCallOpened opened = null;
        Step openedStep = null;
        Map<String, ApplicationView> apps = new LinkedHashMap<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeCallEvent event)) {
                return Optional.empty();
            }
            if (event instanceof OfficeCallOpened o) {
                opened = o;
                openedStep = step(message, null, null);
            } else if (event instanceof ApplicationReceived r) {
                apps.put(r.applicationId(), new ApplicationView(r.applicationId(), r.applicant().name(),
                        r.applicant().formerBody(), step(message, null, null), null, null, null, null, null, null, null, null,
                        null, null));
            } else if (event instanceof ApplicationVetted v) {
                apps.computeIfPresent(v.applicationId(), (id, a) -> new ApplicationView(id, a.applicantName(),
                        a.formerBody(), a.received(), step(message, v.accepted(), v.reasons()), v.feeReceipt(), v.feeAmount(),
                        null, null, null, null, null, null, null));
            } else if (event instanceof OfficeProposed p) {
                apps.computeIfPresent(p.applicationId(), (id, a) -> new ApplicationView(id, a.applicantName(),
                        a.formerBody(), a.received(), a.vetting(), a.feeReceipt(), a.feeAmount(), p.officeId(), p.name(),
                        p.origin(), step(message, null, p.reasons()), null, null, null));
            } else if (event instanceof OfficeProposalDecided d) {
                apps.computeIfPresent(d.applicationId(), (id, a) -> new ApplicationView(id, a.applicantName(),
                        a.formerBody(), a.received(), a.vetting(), a.feeReceipt(), a.feeAmount(), a.officeId(), a.officeName(),
                        a.origin(), a.proposal(), step(message, d.approved(), d.reasons()), null, null));
            } else if (event instanceof OfficeManagerAppointed m) {
                apps.computeIfPresent(m.applicationId(), (id, a) -> new ApplicationView(id, a.applicantName(),
                        a.formerBody(), a.received(), a.vetting(), a.feeReceipt(), a.feeAmount(), a.officeId(), a.officeName(),
                        a.origin(), a.proposal(), a.decision(), step(message, null, null), null));
            } else if (event instanceof OfficeEstablished e) {
                apps.computeIfPresent(e.applicationId(), (id, a) -> new ApplicationView(id, a.applicantName(),
                        a.formerBody(), a.received(), a.vetting(), a.feeReceipt(), a.feeAmount(), a.officeId(), a.officeName(),
                        a.origin(), a.proposal(), a.decision(), a.managerAppointed(), message.getTimestamp()));
            }
        }
        if (opened == null) {
            return Optional.empty();
        }
        List<ApplicationView> list = new ArrayList<>(apps.values());
        int established = (int) list.stream().filter(a -> a.establishedAt() != null).count();
        return Optional.of(new CallView(opened.callId(), opened.province(), opened.city(), opened.offices(), openedStep,
                established, list));
    }

    private static Step step(DomainEventMessage<?> message, Boolean yes, String reasons) {
        Object id = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
        Object role = message.getMetaData().get(MetaDataKeys.ACTOR_ROLE);
        return new Step(id == null ? null : id.toString(), role == null ? null : role.toString(), message.getTimestamp(),
                yes, reasons);
    }
}
