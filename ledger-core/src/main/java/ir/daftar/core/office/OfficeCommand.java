package ir.daftar.core.office;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the office registry (a minimal registry; licensing comes later). */
public sealed interface OfficeCommand {

    String officeId();

    /** A14: the GD registers an established office. */
    record RegisterOffice(@TargetAggregateIdentifier String officeId, String name, OfficeOrigin origin, String province,
                          String city) implements OfficeCommand {
    }

    /** A15: a person starts working in the office. */
    record AppointStaffMember(@TargetAggregateIdentifier String officeId, StaffMember member) implements OfficeCommand {
    }

    /** A15: a person stops working in the office. */
    record EndStaffAppointment(@TargetAggregateIdentifier String officeId, String nationalCode, String reason)
            implements OfficeCommand {
    }

    /** A15 note: the GD orders a higher minimum staffing for a busy office. */
    record OrderMinimumStaffing(@TargetAggregateIdentifier String officeId, MinimumStaffing minimum) implements OfficeCommand {
    }
}
