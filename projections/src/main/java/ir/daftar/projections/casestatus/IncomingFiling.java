package ir.daftar.projections.casestatus;

import java.time.Instant;

/**
 * A13: a filing waiting at its competent authority, as {@link FilingSummary} shows it, with when it reached the
 * authority: its submission ({@code SubmittedToCompetentAuthority}) or, for a complaint lodged on paper (A11), its
 * registration.
 */
public record IncomingFiling(FilingSummary filing, Instant submittedAt) {
}
