package ir.daftar.core.office;

import java.time.Instant;

/**
 * An office's licence as its approved decisions left it (A22, A24, A35-5/6). {@code required} says whether
 * the filing intake asks for it: offices registered as needing a licence, and any office once a licence was
 * issued to it; offices registered before licensing (and the demo and test offices) are not asked (ADR 0900).
 *
 * @param issued         a licence was issued (ISSUE approved)
 * @param expiresAt      the expiry set by the last issue or renewal
 * @param suspendedUntil the end of a suspension not yet recorded as ended, or {@code null}
 * @param ended          {@link LicenceCondition#REVOKED} or {@link LicenceCondition#RELINQUISHED}, or {@code null}
 */
public record Licence(boolean required, boolean issued, Instant expiresAt, Instant suspendedUntil,
                      LicenceCondition ended, String address, String province) {

    public static final Licence NONE = new Licence(false, false, null, null, null, null, null);

    /** Whether the filing intake requires this licence to be in force (ADR 0900). */
    public boolean enforced() {
        return required || issued;
    }

    /**
     * Whether the intake asks for this licence at {@code at}: as {@link #enforced()}, and also an office never asked
     * for one while a disciplinary ruling suspends it or after one revoked it (A35-5/6, ADR 1200).
     */
    public boolean enforcedAt(Instant at) {
        return enforced() || ended != null || suspendedAt(at);
    }

    /** A22/A24: in force = issued, not expired, not suspended, not revoked or relinquished, at {@code at}. */
    public LicenceCondition conditionAt(Instant at) {
        if (ended != null) {
            return ended;
        }
        if (suspendedAt(at)) {
            return LicenceCondition.SUSPENDED;
        }
        if (!issued) {
            return LicenceCondition.NEVER_ISSUED;
        }
        if (!at.isBefore(expiresAt)) {
            return LicenceCondition.EXPIRED;
        }
        return LicenceCondition.IN_FORCE;
    }

    public boolean inForceAt(Instant at) {
        return conditionAt(at) == LicenceCondition.IN_FORCE;
    }

    /** A35-5: a suspension holds until its end, then lapses by itself (whether or not its end is recorded yet). */
    public boolean suspendedAt(Instant at) {
        return suspendedUntil != null && at.isBefore(suspendedUntil);
    }

    /** In words, for a refusal: which condition fails. */
    public String explainAt(Instant at) {
        LicenceCondition condition = conditionAt(at);
        return switch (condition) {
            case NEVER_ISSUED -> "no licence was ever issued to the office";
            case EXPIRED -> "the office's licence expired at " + expiresAt;
            case SUSPENDED -> "the office's licence is suspended until " + suspendedUntil;
            case REVOKED -> "the office's licence was revoked";
            case RELINQUISHED -> "the office's licence was relinquished";
            case IN_FORCE -> "the office's licence is in force until " + expiresAt;
        };
    }

    Licence withRequired() {
        return new Licence(true, issued, expiresAt, suspendedUntil, ended, address, province);
    }

    Licence issuedUntil(Instant expiry) {
        return new Licence(required, true, expiry, null, null, address, province);
    }

    Licence renewedUntil(Instant expiry) {
        return new Licence(required, issued, expiry, suspendedUntil, ended, address, province);
    }

    Licence suspendedUntil(Instant until) {
        return new Licence(required, issued, expiresAt, until, ended, address, province);
    }

    Licence suspensionEnded() {
        return new Licence(required, issued, expiresAt, null, ended, address, province);
    }

    Licence endedBy(LicenceCondition how) {
        return new Licence(required, issued, expiresAt, null, how, address, province);
    }

    /** A36 (ADR 1200): a revocation by a ruling set aside on appeal no longer holds. */
    Licence reinstated() {
        return new Licence(required, issued, expiresAt, suspendedUntil, null, address, province);
    }

    Licence relocatedTo(String newAddress, String newProvince) {
        return new Licence(required, issued, expiresAt, suspendedUntil, ended, newAddress, newProvince);
    }
}
