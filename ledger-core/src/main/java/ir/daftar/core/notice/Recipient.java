package ir.daftar.core.notice;

import ir.daftar.core.common.PersianText;
import ir.daftar.core.party.NationalCode;
import java.util.Objects;

/** Who a notice is for: their role in the case and their national code (their SANA account is keyed by it). */
public record Recipient(RecipientRole role, String nationalCode, String name) {

    public Recipient {
        Objects.requireNonNull(role, "recipient role");
        if (!NationalCode.isValid(nationalCode)) {
            throw new IllegalArgumentException("the recipient's national code is missing or fails its check digit");
        }
        name = PersianText.normalize(name);
        if (name != null && (name.isBlank() || name.length() > 200)) {
            throw new IllegalArgumentException("recipient name must be 1-200 characters");
        }
    }

    @Override
    public String toString() {
        return "Recipient[" + role + ", id ending " + nationalCode.substring(7) + "]";
    }
}
