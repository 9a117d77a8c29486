package ir.daftar.api.office;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.common.Rule;
import ir.daftar.core.establishment.OfficeCallEvent;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationReceived;
import ir.daftar.core.establishment.OfficeCallEvent.ApplicationVetted;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeEstablished;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeManagerAppointed;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposalDecided;
import ir.daftar.core.establishment.OfficeCallEvent.OfficeProposed;
import ir.daftar.core.office.Licence;
import ir.daftar.core.office.LicenceCondition;
import ir.daftar.core.office.Office;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffEligibilityVerified;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.OfficeOrigin;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.office.StaffRole;
import ir.daftar.projections.officeregistry.FindOffices;
import ir.daftar.projections.officeregistry.OfficeRegistryViews.RegisteredOffice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * An office's full record as of an instant (ADR 0930), from the events recorded up to that instant only: the office's
 * own stream (registration, staff, licence decisions, rulings executed on the licence) folded by the {@link Office}
 * aggregate's own handlers, and the application of the call it was established under (ADR 0920), whose link the
 * office registry keeps. What a reader would have seen then: nothing recorded after it counts.
 */
@Component
class OfficeRecords {

    @Schema(description = "A14, A22(a) (ADR 0920): the call and application the office was established under, each step "
            + "with its actor and time")
    record Establishment(String callId, String applicationId, String applicantName,
                         @Schema(description = "A3: the notary office or body the office comes from") String formerBody,
                         LicenceRecords.Step received, LicenceRecords.Step vetting, LicenceRecords.Step proposal,
                         LicenceRecords.Step decision, LicenceRecords.Step managerAppointed, Instant establishedAt) {
    }

    @Schema(description = "A22/A24, A35-5/6: the licence as it stood at the instant")
    record LicenceState(@Schema(description = "Whether the intake asked for a licence in force") boolean required,
                        LicenceCondition condition, boolean inForce, String explanation, Instant expiresAt,
                        @Schema(description = "The end of a suspension holding at the instant") Instant suspendedUntil,
                        String address, String province) {
    }

    @Schema(description = "A15: the staffing at the instant")
    record StaffingState(Map<StaffRole, Integer> countByRole, Map<StaffRole, Integer> minimum,
                         boolean meetsMinimumStaffing) {
    }

    @Schema(description = "A15-A21: one appointment (without the national code): hired when, by whom, ended when, why")
    record StaffEntry(String name, StaffRole role, boolean fullTime, Instant hiredAt,
                      @Schema(description = "The Jalali hiring day the A16-A21 evidence was met on (none for "
                              + "appointments made before evidence was recorded)", example = "1405/06/20") String hiredOn,
                      String hiredByRole, Instant endedAt, String endReason) {
    }

    @Schema(description = "An office's full record as a reader saw it at `asOf` (ADR 0930)")
    record OfficeRecord(String officeId, Instant asOf, String name, OfficeOrigin origin, String province, String city,
                        Instant registeredAt, String registeredByRole, Establishment establishment, LicenceState licence,
                        @Schema(description = "The rule a filing at this office was refused by at the instant "
                                + "(A15_MINIMUM_STAFFING, A22_LICENCE_NOT_IN_FORCE), or none") String intakeRefusal,
                        List<LicenceRecords.DecisionView> decisions, List<LicenceRecords.RulingView> rulings,
                        StaffingState staffing, List<StaffEntry> staffHistory) {
    }

    private final EventStore events;
    private final LicenceRecords licences;
    private final QueryGateway queries;

    OfficeRecords(EventStore events, LicenceRecords licences, QueryGateway queries) {
        this.events = events;
        this.licences = licences;
        this.queries = queries;
    }

    /** The record as of {@code asOf}; empty when the office was not registered by then. */
    Optional<OfficeRecord> asOf(String officeId, Instant asOf) {
        List<OfficeEvent> seen = new ArrayList<>();
        List<StaffEntry> staff = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        Map<String, String> hiredOn = new HashMap<>();
        DomainEventMessage<?> registration = null;
        DomainEventStream stream = events.readEvents(officeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeEvent event)) {
                return Optional.empty();
            }
            if (message.getTimestamp().isAfter(asOf)) {
                continue;
            }
            seen.add(event);
            if (event instanceof OfficeRegistered) {
                registration = message;
            } else if (event instanceof StaffEligibilityVerified v) {
                hiredOn.put(v.nationalCode(), v.hiredOn().toString());
            } else if (event instanceof StaffMemberAppointed a) {
                String code = a.member().nationalCode().value();
                open.put(code, staff.size());
                staff.add(new StaffEntry(a.member().name(), a.member().role(), a.member().fullTime(), message.getTimestamp(),
                        hiredOn.remove(code), text(message.getMetaData().get(MetaDataKeys.ACTOR_ROLE)), null, null));
            } else if (event instanceof StaffAppointmentEnded e && open.containsKey(e.nationalCode())) {
                int i = open.remove(e.nationalCode());
                StaffEntry h = staff.get(i);
                staff.set(i, new StaffEntry(h.name(), h.role(), h.fullTime(), h.hiredAt(), h.hiredOn(), h.hiredByRole(),
                        message.getTimestamp(), e.reason()));
            }
        }
        if (registration == null) {
            return Optional.empty();
        }
        OfficeRegistered registered = (OfficeRegistered) registration.getPayload();
        OfficeStaffing staffing = Office.staffingFrom(seen);
        Licence licence = Office.licenceFrom(seen);
        LicenceRecords.History history = licences.history(officeId, asOf);
        return Optional.of(new OfficeRecord(officeId, asOf, registered.name(), registered.origin(), registered.province(),
                registered.city(), registration.getTimestamp(),
                text(registration.getMetaData().get(MetaDataKeys.ACTOR_ROLE)), establishment(officeId, asOf),
                new LicenceState(licence.enforcedAt(asOf), licence.conditionAt(asOf), licence.inForceAt(asOf),
                        licence.explainAt(asOf), licence.expiresAt(), licence.suspendedAt(asOf) ? licence.suspendedUntil() : null,
                        licence.address(), licence.province()),
                intakeRefusal(staffing, licence, asOf), history.decisions(), history.rulings(),
                new StaffingState(staffing.countByRole(), staffing.minimum().perRole(), staffing.meetsMinimum()), staff));
    }

    /** A15 then A22 (ADR 0900), in the intake's order: the rule a filing would have been refused by at {@code at}. */
    private static String intakeRefusal(OfficeStaffing staffing, Licence licence, Instant at) {
        if (!staffing.meetsMinimum()) {
            return Rule.A15_MINIMUM_STAFFING.name();
        }
        if (licence.enforcedAt(at) && !licence.inForceAt(at)) {
            return Rule.A22_LICENCE_NOT_IN_FORCE.name();
        }
        return null;
    }

    /** The application the office was established under, as its call's events up to {@code asOf} leave it. */
    private Establishment establishment(String officeId, Instant asOf) {
        List<RegisteredOffice> known = queries.query(new FindOffices(officeId, null, null, null, null, asOf),
                ResponseTypes.multipleInstancesOf(RegisteredOffice.class)).join();
        if (known.isEmpty() || known.get(0).callId() == null) {
            return null;
        }
        String applicationId = known.get(0).applicationId();
        Establishment found = null;
        DomainEventStream stream = events.readEvents(known.get(0).callId());
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeCallEvent event) || message.getTimestamp().isAfter(asOf)) {
                continue;
            }
            LicenceRecords.Step step = LicenceRecords.step(message, null, null);
            Establishment e = found;
            if (event instanceof ApplicationReceived r && r.applicationId().equals(applicationId)) {
                found = new Establishment(r.callId(), applicationId, r.applicant().name(), r.applicant().formerBody(), step,
                        null, null, null, null, null);
            } else if (e == null) {
                continue;
            } else if (event instanceof ApplicationVetted v && v.applicationId().equals(applicationId)) {
                found = new Establishment(e.callId(), applicationId, e.applicantName(), e.formerBody(), e.received(),
                        LicenceRecords.step(message, v.accepted(), v.reasons()), null, null, null, null);
            } else if (event instanceof OfficeProposed p && p.applicationId().equals(applicationId)) {
                found = new Establishment(e.callId(), applicationId, e.applicantName(), e.formerBody(), e.received(),
                        e.vetting(), LicenceRecords.step(message, null, p.reasons()), null, null, null);
            } else if (event instanceof OfficeProposalDecided d && d.applicationId().equals(applicationId)) {
                found = new Establishment(e.callId(), applicationId, e.applicantName(), e.formerBody(), e.received(),
                        e.vetting(), e.proposal(), LicenceRecords.step(message, d.approved(), d.reasons()), null, null);
            } else if (event instanceof OfficeManagerAppointed m && m.applicationId().equals(applicationId)) {
                found = new Establishment(e.callId(), applicationId, e.applicantName(), e.formerBody(), e.received(),
                        e.vetting(), e.proposal(), e.decision(), step, null);
            } else if (event instanceof OfficeEstablished x && x.applicationId().equals(applicationId)) {
                found = new Establishment(e.callId(), applicationId, e.applicantName(), e.formerBody(), e.received(),
                        e.vetting(), e.proposal(), e.decision(), e.managerAppointed(), message.getTimestamp());
            }
        }
        return found;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
