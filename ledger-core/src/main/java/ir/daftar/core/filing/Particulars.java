package ir.daftar.core.filing;

import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.FilingKind;
import ir.daftar.core.fee.ClaimNature;
import ir.daftar.core.fee.CourtFeeInputs;
import ir.daftar.core.filing.FilingEvent.FilingStarted;
import ir.daftar.core.party.Party;

/** What a filing's start fixed for its whole life (A2, A5, A6, A11): route, kind, claim, applicant, authority. */
record Particulars(FilingRoute route, FilingKind kind, ClaimNature claimNature, Long claimValueRials, Party applicant,
                   CompetentAuthority competentAuthority, String requestFingerprint) {

    static Particulars of(FilingStarted event) {
        return new Particulars(event.route(), event.kind(), event.claimNature(), event.claimValueRials(), event.applicant(),
                event.competentAuthority(), event.requestFingerprint());
    }

    /** The stage a filing starts in: with its applicant (portal), at its office (office), with the authority (paper). */
    FilingStage firstStage(String officeId) {
        if (route == FilingRoute.OFFICE) {
            return new FilingStage.AwaitingIdentity(officeId);
        }
        return route == FilingRoute.PORTAL ? new FilingStage.WithApplicant(Dossier.EMPTY) : new FilingStage.WithAuthority(null);
    }

    /** A5/A6: everything the court fee depends on. */
    CourtFeeInputs feeInputs() {
        return new CourtFeeInputs(kind, claimNature, claimValueRials, competentAuthority.kind());
    }
}
