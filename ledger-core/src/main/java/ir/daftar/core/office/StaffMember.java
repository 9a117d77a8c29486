package ir.daftar.core.office;

import ir.daftar.core.common.PersianText;
import ir.daftar.core.party.NationalCode;
import java.util.Objects;

/** A person working in an office, identified by national code. */
public record StaffMember(NationalCode nationalCode, String name, StaffRole role, boolean fullTime) {

    public StaffMember {
        Objects.requireNonNull(nationalCode, "nationalCode");
        Objects.requireNonNull(role, "role");
        name = PersianText.normalize(name);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("staff name is required (at most 200 characters)");
        }
    }
}
