package ir.daftar.core.establishment;

import ir.daftar.core.common.PersianText;
import ir.daftar.core.party.NationalCode;
import java.util.Objects;

/**
 * A22(a): a person applying to run an office (the future manager and licence holder, A14, A17), and, for an
 * office chosen from a notary office or another body (A3), the name of that office or body.
 */
public record Applicant(NationalCode nationalCode, String name, String formerBody) {

    public Applicant {
        Objects.requireNonNull(nationalCode, "nationalCode");
        name = PersianText.normalize(name);
        formerBody = PersianText.normalize(formerBody);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("the applicant's name is required (at most 200 characters)");
        }
        if (formerBody != null && formerBody.isBlank()) {
            formerBody = null;
        }
        if (formerBody != null && formerBody.length() > 200) {
            throw new IllegalArgumentException("the former office or body is named in at most 200 characters");
        }
    }
}
