package ir.daftar.core.fee;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.common.FilingKind;
import java.util.Objects;

/** Everything the court fee depends on; kept in the assessment event so the fee can be recomputed. */
public record CourtFeeInputs(FilingKind kind, ClaimNature claimNature, Long claimValueRials, AuthorityKind authorityKind) {

    public CourtFeeInputs {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authorityKind, "authorityKind");
        if (kind == FilingKind.PETITION) {
            Objects.requireNonNull(claimNature, "claimNature");
        }
        if (claimValueRials != null && claimValueRials < 0) {
            throw new IllegalArgumentException("claim value cannot be negative");
        }
    }
}
