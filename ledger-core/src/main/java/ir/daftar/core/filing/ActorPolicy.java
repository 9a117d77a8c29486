package ir.daftar.core.filing;

import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import ir.daftar.core.party.Party;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;

/** Who may act on a filing before it reaches the authority (A5, A6, A15). Each rule refuses with its code. */
final class ActorPolicy {

    private ActorPolicy() {
    }

    /**
     * A5/A6: authority before state. Whoever may not act on this filing (staff of another office, another
     * applicant, anyone else) is refused for that, before any rule that would tell them what stage it is at.
     * Staff of any office pass while a portal filing is held by no office: any office may receive its originals.
     */
    static void noStranger(Actor actor, Party applicant, String holdingOffice) {
        if (actor.role() == ActorRole.APPLICANT && applicant != null && actor.id().equals(applicant.identifier())) {
            return;
        }
        if (holdingOffice != null) {
            require(actor.role().isOfficeStaff() && holdingOffice.equals(actor.officeId()), Rule.A6_OTHER_OFFICE,
                    "only the office holding the filing may act on it");
        } else {
            require(actor.role().isOfficeStaff(), Rule.A5_APPLICANT_ONLY,
                    "until an office receives the originals only the applicant acts on a portal filing");
        }
    }

    /** A15: the office is registered, meets its minimum staffing, and the actor works there. */
    static void officeMayReceiveFilings(String office, Actor actor, OfficeDirectory offices) {
        OfficeStaffing staffing = offices.staffingOf(office)
                .orElseThrow(() -> new RuleViolation(Rule.A15_OFFICE_NOT_REGISTERED, "office " + office + " is not registered"));
        require(office.equals(actor.officeId()), Rule.A6_OTHER_OFFICE, "staff act for their own office only");
        require(actor.role().isOfficeStaff() && staffing.employs(actor.id()), Rule.A6_NOT_OFFICE_STAFF,
                "the actor is not on the staff of office " + office);
        require(staffing.meetsMinimum(), Rule.A15_MINIMUM_STAFFING, "office " + office + " is below its minimum staffing");
        licenceInForce(office, offices);
    }

    /**
     * A22/A24 (ADR 0900): an office that needs a licence receives filings only while it is in force; the refusal
     * says which condition fails (never issued, expired, suspended until when, revoked, relinquished).
     */
    static void licenceInForce(String office, OfficeDirectory offices) {
        Instant now = GenericEventMessage.clock.instant();
        offices.licenceOf(office).filter(l -> l.enforcedAt(now)).ifPresent(licence ->
                require(licence.inForceAt(now), Rule.A22_LICENCE_NOT_IN_FORCE,
                        "office " + office + " may not receive filings: " + licence.explainAt(now)));
    }

    /** A5/A6 with A15: only current staff of the office that holds the filing act on it. */
    static void staffOfHoldingOffice(String holdingOffice, Actor actor, OfficeDirectory offices) {
        require(holdingOffice != null, Rule.A5_ORIGINALS_NOT_RECEIVED,
                "no office holds this portal filing yet: the originals must be received first");
        require(holdingOffice.equals(actor.officeId()), Rule.A6_OTHER_OFFICE, "only the office holding the filing may act on it");
        boolean staff = actor.role().isOfficeStaff()
                && offices.staffingOf(holdingOffice).map(s -> s.employs(actor.id())).orElse(false);
        require(staff, Rule.A6_NOT_OFFICE_STAFF, "the actor is not on the staff of office " + holdingOffice);
    }

    /** A5, A15: originals are received by staff of an office that may receive filings. */
    static Actor receivingOffice(Actor actor, OfficeDirectory offices) {
        require(actor.role().isOfficeStaff() && actor.officeId() != null, Rule.A6_NOT_OFFICE_STAFF,
                "originals are received by office staff");
        officeMayReceiveFilings(actor.officeId(), actor, offices);
        return actor;
    }

    /**
     * A5/A6, A15: an office filing is started by staff of an office that may receive filings;
     * a portal filing by its applicant.
     */
    static void mayStart(String office, Actor actor, Party applicant, OfficeDirectory offices) {
        if (office != null) {
            officeMayReceiveFilings(office, actor, offices);
        } else {
            applicant(actor, applicant, Rule.A5_APPLICANT_ONLY);
        }
    }

    /** A5: on the portal the applicant acts for themself (A7: and registers their own contact changes, under {@code rule}). */
    static void applicant(Actor actor, Party applicant, Rule rule) {
        require(actor.role() == ActorRole.APPLICANT && actor.id().equals(applicant.identifier()), rule,
                "only the applicant may do this");
    }

    /** A5/A6: authority before state ({@link #noStranger}), then the filing must still be open (before the authority). */
    static Actor openTo(Actor actor, Party applicant, FilingStage stage) {
        noStranger(actor, applicant, stage.officeId());
        StagePolicy.open(stage);
        return actor;
    }

    /** A5/A6: office acts are done by current staff of the office holding the filing, after identity verification (A6). */
    static Actor officeStaffAct(Actor actor, FilingStage stage, OfficeDirectory offices) {
        staffOfHoldingOffice(stage.officeId(), actor, offices);
        StagePolicy.identityVerified(stage);
        return actor;
    }

    /** A5: portal filings are worked by the applicant until an office receives the originals; then by that office. */
    static Actor actorOfThisStage(Actor actor, Party applicant, FilingStage stage, OfficeDirectory offices) {
        if (stage instanceof FilingStage.WithApplicant) {
            applicant(actor, applicant, Rule.A5_APPLICANT_ONLY);
            return actor;
        }
        return officeStaffAct(actor, stage, offices);
    }
}
