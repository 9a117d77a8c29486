package ir.daftar.core.filing;

import ir.daftar.core.common.FilingKind;
import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.common.Rule;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.party.Party;
import java.util.Objects;

/** What a filing must be, at its start and in its stage, for a command to apply (A2, A5, A6). */
final class StagePolicy {

    private StagePolicy() {
    }

    /** ADR 0004: an idempotency key sent again must carry the same request. */
    static void sameRequest(String startedWith, String sentNow) {
        require(Objects.equals(startedWith, sentNow), Rule.IDEMPOTENCY_KEY_REUSED,
                "this idempotency key was used for a different request");
    }

    /** A2, A5: a start names its route, kind, applicant (identified) and authority, and a petition its claim. */
    static void startable(FilingCommand.StartFiling command) {
        Objects.requireNonNull(command.route(), "route");
        Objects.requireNonNull(command.kind(), "kind");
        Objects.requireNonNull(command.applicant(), "applicant");
        Objects.requireNonNull(command.competentAuthority(), "competentAuthority");
        identified(command.applicant(), "applicant");
        if (command.kind() == FilingKind.PETITION) {
            claimValueStated(Objects.requireNonNull(command.claimNature(), "claimNature"), command.claimValueRials());
        }
    }

    /** A2: the applicant (or complainant) is identified by national code or national id. */
    static void identified(Party applicant, String who) {
        require(applicant.hasIdentifier(), Rule.A2_PARTY_IDENTIFIER_INVALID,
                "the " + who + "'s national code or national id is required");
    }

    /** A5: a financial petition states the value of the claim. */
    static void claimValueStated(ClaimNature nature, Long claimValueRials) {
        require(nature != ClaimNature.FINANCIAL || claimValueRials != null, Rule.A5_CLAIM_VALUE_REQUIRED,
                "a financial petition states the value of the claim");
    }

    /** A5/A6: once submitted, a filing belongs to the competent authority; the office changes nothing. */
    static void open(FilingStage stage) {
        require(stage.isOpen(), Rule.A5_ALREADY_SUBMITTED, "the filing is already submitted");
    }

    /** A6: identity verification and the applicant's confirmation are acts of the office route. */
    static void officeRoute(FilingRoute route, String why) {
        require(route == FilingRoute.OFFICE, Rule.A6_OFFICE_ROUTE_ONLY, why);
    }

    /** A5: originals are brought to an office for portal filings only. */
    static void portalRoute(FilingRoute route) {
        require(route == FilingRoute.PORTAL, Rule.A5_PORTAL_ROUTE_ONLY, "office filings are received at the office from the start");
    }

    /** A6: identity verification is the office's first act, done once. */
    static void identityNotYetVerified(FilingStage stage) {
        require(stage instanceof FilingStage.AwaitingIdentity, Rule.A6_IDENTITY_ALREADY_VERIFIED, "identity already verified");
    }

    /** A6: on the office route the applicant's identity is verified before anything else. */
    static void identityVerified(FilingStage stage) {
        require(!(stage instanceof FilingStage.AwaitingIdentity), Rule.A6_IDENTITY_NOT_VERIFIED,
                "the applicant's identity is verified before anything else");
    }

    /** A5: the originals of a portal filing are received once. */
    static void noOfficeHoldsIt(FilingStage stage) {
        require(stage instanceof FilingStage.WithApplicant, Rule.A5_ORIGINALS_ALREADY_RECEIVED, "originals already received");
    }
}
