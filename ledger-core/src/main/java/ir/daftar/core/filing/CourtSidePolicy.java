package ir.daftar.core.filing;

import static ir.daftar.core.common.RuleViolation.require;

import ir.daftar.core.authority.CompetentAuthority;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The competent authority's side of a filing: paper complaints (A11) and its decision (A13). */
final class CourtSidePolicy {

    /** Dates of the court side are Iranian calendar days. */
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    private CourtSidePolicy() {
    }

    /**
     * A11 (with A2, A5): a paper complaint names its complainant (identified) and authority, is
     * registered by that authority's staff, after it was lodged, with its electronic copy.
     */
    static void registrable(FilingCommand.RegisterPaperComplaint command, Actor actor, Instant now) {
        Objects.requireNonNull(command.applicant(), "applicant");
        Objects.requireNonNull(command.competentAuthority(), "competentAuthority");
        Objects.requireNonNull(command.lodgedAt(), "lodgedAt");
        staffOfAuthorityLodgedWith(actor, command.competentAuthority());
        StagePolicy.identified(command.applicant(), "complainant");
        lodgedBefore(command.lodgedAt(), now);
        require(!command.documents().isEmpty(), Rule.A5_NO_DOCUMENTS, "the paper complaint is registered with its electronic copy");
    }

    /** A11: a paper complaint is registered by staff of the authority it was lodged with. */
    static void staffOfAuthorityLodgedWith(Actor actor, CompetentAuthority authority) {
        require(actor.role() == ActorRole.COURT_STAFF && authority.id().equals(actor.authorityId()), Rule.A11_AUTHORITY_STAFF_ONLY,
                "a paper complaint is registered by staff of the authority it was lodged with");
    }

    /** A11: a paper complaint is registered after it was lodged. */
    static void lodgedBefore(Instant lodgedAt, Instant now) {
        require(!lodgedAt.isAfter(now), Rule.A11_LODGED_IN_FUTURE, "a paper complaint is registered after it was lodged");
    }

    /** A13: court acts are done by staff of the filing's competent authority. */
    static void staffOfCompetentAuthority(Actor actor, CompetentAuthority authority) {
        require(actor.role() == ActorRole.COURT_STAFF && authority.id().equals(actor.authorityId()), Rule.A13_OTHER_AUTHORITY,
                "only staff of the competent authority " + authority.id() + " decide on this filing");
    }

    /** A13: the authority decides on a filing it received (submitted, or lodged with it on paper), once. */
    static void withAuthorityUndecided(FilingStage stage) {
        require(!stage.isOpen(), Rule.A13_NOT_WITH_AUTHORITY, "the filing has not been submitted yet");
        require(!(stage instanceof FilingStage.Decided), Rule.A13_ALREADY_DECIDED, "the authority already decided on this filing");
    }

    /** A13: a case is registered on a day that has come (in Tehran). */
    static void dayHasCome(LocalDate registeredOn, Instant now) {
        require(!registeredOn.isAfter(LocalDate.ofInstant(now, TEHRAN)), Rule.A13_REGISTRATION_DATE_IN_FUTURE,
                "a case is registered on a day that has come");
    }
}
