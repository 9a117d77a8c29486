package ir.daftar.core.inspection;

import java.time.Duration;
import java.util.Objects;

/**
 * A37-4: how long a step may take before the delay counts as unjustified. Configuration
 * ({@code daftar.audit.*}); the defaults are documented in docs/inspection.md.
 *
 * @param receivedToDigitized documents received at the office (filing started there) until the first is digitized
 * @param feePaidToSubmitted  court fee paid at the office until the filing is submitted
 * @param verifiedToSubmitted last document verified against its original until the filing is submitted
 */
public record AuditLimits(Duration receivedToDigitized, Duration feePaidToSubmitted, Duration verifiedToSubmitted) {

    public static final AuditLimits DEFAULTS = new AuditLimits(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(2));

    public AuditLimits {
        requirePositive(receivedToDigitized, "receivedToDigitized");
        requirePositive(feePaidToSubmitted, "feePaidToSubmitted");
        requirePositive(verifiedToSubmitted, "verifiedToSubmitted");
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
