package ir.daftar.core.office;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.office.OfficeCommand.AppointStaffMember;
import ir.daftar.core.office.OfficeCommand.EndStaffAppointment;
import ir.daftar.core.office.OfficeCommand.OrderMinimumStaffing;
import ir.daftar.core.office.OfficeCommand.RegisterOffice;
import ir.daftar.core.office.OfficeEvent.MinimumStaffingOrdered;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A judicial electronic services office and its staff (A3, A14, A15). */
public class Office {

    @AggregateIdentifier
    private String officeId;
    private final Map<String, StaffMember> staff = new LinkedHashMap<>();
    private MinimumStaffing minimum = MinimumStaffing.REGULATION;

    protected Office() {
        // for Axon
    }

    @CommandHandler
    public Office(RegisterOffice command) {
        String name = PersianText.normalize(command.name());
        if (command.officeId() == null || !command.officeId().matches("[A-Za-z0-9\\-]{1,40}")) {
            throw new IllegalArgumentException("office id must be 1-40 letters, digits or dashes");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("office name is required");
        }
        apply(new OfficeRegistered(command.officeId(), name, command.origin(),
                PersianText.normalize(command.province()), PersianText.normalize(command.city())));
    }

    @CommandHandler
    public void handle(AppointStaffMember command) {
        StaffMember member = command.member();
        RuleViolation.require(!staff.containsKey(member.nationalCode().value()), Rule.A15_STAFF_ALREADY_APPOINTED,
                "already works in this office");
        if (member.role() == StaffRole.MANAGER) {
            RuleViolation.require(member.fullTime(), Rule.A15_MANAGER_FULL_TIME, "the manager works full time");
            RuleViolation.require(staff.values().stream().noneMatch(m -> m.role() == StaffRole.MANAGER),
                    Rule.A15_ONE_MANAGER, "the office already has a manager");
        }
        apply(new StaffMemberAppointed(officeId, member));
    }

    @CommandHandler
    public void handle(EndStaffAppointment command) {
        StaffMember member = staff.get(command.nationalCode());
        RuleViolation.require(member != null, Rule.A15_STAFF_UNKNOWN, "does not work in this office");
        apply(new StaffAppointmentEnded(officeId, command.nationalCode(), member.role(), PersianText.normalize(command.reason())));
    }

    @CommandHandler
    public void handle(OrderMinimumStaffing command) {
        RuleViolation.require(command.minimum().atLeastRegulation(), Rule.A15_MINIMUM_BELOW_REGULATION,
                "the GD may raise the minimum staffing, not lower it below A15");
        apply(new MinimumStaffingOrdered(officeId, command.minimum()));
    }

    /** The staffing as of the last event applied. */
    public OfficeStaffing staffing() {
        return new OfficeStaffing(officeId, staff.values().stream().toList(), minimum);
    }

    /**
     * A15: the staffing an office's events add up to, folded by the same event-sourcing handlers as
     * the aggregate, for readers that must not take the office's lock (a filing's staffing check).
     */
    public static OfficeStaffing staffingFrom(Iterable<? extends OfficeEvent> events) {
        Office office = new Office();
        for (OfficeEvent event : events) {
            office.replay(event);
        }
        return office.staffing();
    }

    private void replay(OfficeEvent event) {
        if (event instanceof OfficeRegistered registered) {
            on(registered);
        } else if (event instanceof StaffMemberAppointed appointed) {
            on(appointed);
        } else if (event instanceof StaffAppointmentEnded ended) {
            on(ended);
        } else if (event instanceof MinimumStaffingOrdered ordered) {
            on(ordered);
        }
    }

    @EventSourcingHandler
    void on(OfficeRegistered event) {
        this.officeId = event.officeId();
    }

    @EventSourcingHandler
    void on(StaffMemberAppointed event) {
        staff.put(event.member().nationalCode().value(), event.member());
    }

    @EventSourcingHandler
    void on(StaffAppointmentEnded event) {
        staff.remove(event.nationalCode());
    }

    @EventSourcingHandler
    void on(MinimumStaffingOrdered event) {
        this.minimum = event.minimum();
    }
}
