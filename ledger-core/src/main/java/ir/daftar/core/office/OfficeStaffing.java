package ir.daftar.core.office;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An office's staff at one moment and the minimum it must meet (A15). */
public record OfficeStaffing(String officeId, List<StaffMember> staff, MinimumStaffing minimum) {

    public OfficeStaffing {
        staff = List.copyOf(staff);
    }

    public Map<StaffRole, Integer> countByRole() {
        Map<StaffRole, Integer> counts = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            counts.put(role, 0);
        }
        staff.forEach(m -> counts.merge(m.role(), 1, Integer::sum));
        return counts;
    }

    /** A15: the manager full-time and every role at its minimum. */
    public boolean meetsMinimum() {
        Map<StaffRole, Integer> counts = countByRole();
        for (StaffRole role : StaffRole.values()) {
            if (counts.get(role) < minimum.of(role)) {
                return false;
            }
        }
        return staff.stream().filter(m -> m.role() == StaffRole.MANAGER).allMatch(StaffMember::fullTime);
    }

    public boolean employs(String nationalCode) {
        return staff.stream().anyMatch(m -> m.nationalCode().value().equals(nationalCode));
    }
}
