package ir.daftar.core.feeschedule;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import java.util.Map;

/**
 * A22(c), A24 (ADR 0921): the four steps a fee version goes through, shared by the office service fee schedules and
 * the court-fee tariffs: the Council proposes, the GD gives its opinion, the Center head approves or refuses, the
 * Head of the Judiciary confirms or refuses; in that order, each step once, one version open at a time. A refusal
 * (or a confirmation) closes the version. The value is where the open version stands; {@code null} when none is.
 *
 * @param version the open version's key (a number for the schedules, the tariff's name for the tariffs)
 */
public record ApprovalChain(String version, Step step) {

    /** Where the open version stands. */
    public enum Step {
        PROPOSED, OPINION_GIVEN, APPROVED
    }

    /** The four acts, each with the role that does it and the rule that refuses anyone else. */
    public enum Act {
        PROPOSAL(ActorRole.COUNCIL_MEMBER, Rule.A24_FEES_BY_COUNCIL_ONLY, null,
                "fees are proposed by the Advisory Council"),
        OPINION(ActorRole.GD_OFFICER, Rule.A22_FEES_OPINION_BY_GD_ONLY, Step.PROPOSED,
                "the GD's opinion follows the Council's proposal, once"),
        DECISION(ActorRole.CENTER_HEAD, Rule.A22_FEES_APPROVAL_BY_CENTER_HEAD_ONLY, Step.OPINION_GIVEN,
                "the Center head decides after the GD's opinion, once"),
        CONFIRMATION(ActorRole.HEAD_OF_JUDICIARY, Rule.A22_FEES_CONFIRMATION_BY_HEAD_OF_JUDICIARY_ONLY, Step.APPROVED,
                "the Head of the Judiciary confirms a version the Center head approved, once");

        private final ActorRole role;
        private final Rule rule;
        private final Step after;
        private final String order;

        Act(ActorRole role, Rule rule, Step after, String order) {
            this.role = role;
            this.rule = rule;
            this.after = after;
            this.order = order;
        }

        /** Refuses, with this act's rule, an actor not in its role; returns the actor. */
        public Actor requireActor(Map<String, ?> metaData) {
            Actor actor = Actor.from(metaData);
            RuleViolation.require(actor.role() == role, rule, "this step is the " + role + "'s");
            return actor;
        }
    }

    /** A proposal opens a version, when none is open. */
    public static ApprovalChain open(ApprovalChain current, String version) {
        RuleViolation.require(current == null, Rule.A24_FEES_OUT_OF_ORDER,
                "version " + (current == null ? "" : current.version()) + " is not decided yet");
        return new ApprovalChain(version, Step.PROPOSED);
    }

    /** Refuses an act out of order: on another version than the open one, or not right after the step before it. */
    public static void requireNext(ApprovalChain current, String version, Act act) {
        RuleViolation.require(act != Act.PROPOSAL && current != null && current.version().equals(version)
                && current.step() == act.after, Rule.A24_FEES_OUT_OF_ORDER, act.order + " (version " + version + ")");
    }

    /** A disagreement, a refusal, a proposal states its reasons. */
    public static void requireReasons(boolean yes, String reasons) {
        RuleViolation.require(yes || (reasons != null && !reasons.isBlank()), Rule.A24_FEES_REASON_REQUIRED,
                "a disagreement or a refusal states its reasons");
    }

    /** Where the version stands after {@code act} said {@code yes} or no; {@code null} when the version is closed. */
    public ApprovalChain after(Act act, boolean yes) {
        return switch (act) {
            case PROPOSAL -> new ApprovalChain(version, Step.PROPOSED);
            case OPINION -> new ApprovalChain(version, Step.OPINION_GIVEN);
            case DECISION -> yes ? new ApprovalChain(version, Step.APPROVED) : null;
            case CONFIRMATION -> null;
        };
    }
}
