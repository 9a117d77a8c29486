package ir.daftar.api.office;

import ir.daftar.core.common.MetaDataKeys;
import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffEligibilityVerified;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A16-A21 (ADR 0910): an office's hires and the evidence each was made on, read from the office's own stream (as
 * the office's licence is, ADR 0900); empty when no such office was registered.
 */
@Component
class StaffVettingRecords {

    private final EventStore events;

    StaffVettingRecords(EventStore events) {
        this.events = events;
    }

    Optional<List<StaffVettingController.Vetting>> of(String officeId) {
        List<StaffVettingController.Vetting> hires = new ArrayList<>();
        boolean registered = false;
        DomainEventStream stream = events.readEvents(officeId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof OfficeEvent event)) {
                break;
            }
            if (event instanceof OfficeRegistered) {
                registered = true;
            } else if (event instanceof StaffEligibilityVerified v) {
                Object actor = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
                hires.add(new StaffVettingController.Vetting(v.nationalCode(), v.role(), v.hiredOn().toString(),
                        actor == null ? null : actor.toString(), message.getTimestamp(), v.eligibility(),
                        v.eligibility().qualifications().servicePriority(), true));
            } else if (event instanceof StaffAppointmentEnded ended) {
                for (int i = 0; i < hires.size(); i++) {
                    StaffVettingController.Vetting h = hires.get(i);
                    if (h.current() && h.nationalCode().equals(ended.nationalCode())) {
                        hires.set(i, new StaffVettingController.Vetting(h.nationalCode(), h.role(), h.hiredOn(), h.hiredBy(), h.recordedAt(),
                                h.eligibility(), h.servicePriority(), false));
                    }
                }
            }
        }
        return registered ? Optional.of(hires) : Optional.empty();
    }
}
