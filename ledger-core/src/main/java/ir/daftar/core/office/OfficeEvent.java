package ir.daftar.core.office;

import org.axonframework.serialization.Revision;

/** What happened to an office, in the regulation's words. */
public sealed interface OfficeEvent {

    String officeId();

    @Revision("1")
    record OfficeRegistered(String officeId, String name, OfficeOrigin origin, String province, String city)
            implements OfficeEvent {
    }

    @Revision("1")
    record StaffMemberAppointed(String officeId, StaffMember member) implements OfficeEvent {
    }

    @Revision("1")
    record StaffAppointmentEnded(String officeId, String nationalCode, StaffRole role, String reason) implements OfficeEvent {
    }

    @Revision("1")
    record MinimumStaffingOrdered(String officeId, MinimumStaffing minimum) implements OfficeEvent {
    }
}
