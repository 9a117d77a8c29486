package ir.daftar.core.office;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A15: besides a full-time manager, every office has at least one legal expert, one IT
 * expert and two clerks; when volume grows the GD may order more (A15 note).
 */
public record MinimumStaffing(Map<StaffRole, Integer> perRole) {

    /** The minimum the regulation itself sets. */
    public static final MinimumStaffing REGULATION = new MinimumStaffing(Map.of(
            StaffRole.MANAGER, 1,
            StaffRole.LEGAL_EXPERT, 1,
            StaffRole.IT_EXPERT, 1,
            StaffRole.CLERK, 2));

    public MinimumStaffing {
        EnumMap<StaffRole, Integer> copy = new EnumMap<>(StaffRole.class);
        for (StaffRole role : StaffRole.values()) {
            Integer n = perRole.get(role);
            if (n != null && n < 0) {
                throw new IllegalArgumentException("minimum staffing cannot be negative");
            }
            copy.put(role, n == null ? 0 : n);
        }
        // in role order, so that the event JSON is the same on every JVM (Map.copyOf's order is randomized)
        perRole = Collections.unmodifiableMap(copy);
    }

    public int of(StaffRole role) {
        return perRole.get(role);
    }

    /** Whether every role is at least at the regulation's minimum. */
    public boolean atLeastRegulation() {
        for (StaffRole role : StaffRole.values()) {
            if (of(role) < REGULATION.of(role)) {
                return false;
            }
        }
        return true;
    }
}
