package ir.daftar.core.office;

/** A16-6: a male candidate's military service; a female candidate's is {@link #NOT_APPLICABLE}. */
public enum MilitaryService {
    /** کارت پایان خدمت */
    COMPLETED,
    /** معافیت دائم */
    PERMANENTLY_EXEMPT,
    /** the candidate is a woman: A16-6 does not apply */
    NOT_APPLICABLE,
    /** neither completed nor permanently exempt (e.g. a temporary exemption): A16-6 fails */
    NOT_SETTLED;

    /** Whether the status needs a card (its number) as evidence. */
    public boolean needsCard() {
        return this == COMPLETED || this == PERMANENTLY_EXEMPT;
    }
}
