package ir.daftar.core.common;

/**
 * A22(c): where the versions of a schedule stand in their approval chain: a version is proposed, given the GD's
 * opinion, approved (or refused) by the Center head and confirmed (or not) by the Head of the Judiciary, in that
 * order, each step once, one version open at a time; a refusal at any step closes the version. Versions are numbered
 * 1, 2, ... Immutable: each step returns the chain after it. Shared by the office service fee schedules (ADR 0921) and
 * a Kanoon's annual membership dues (ADR 1320); each names the rule its refusals carry.
 */
public record ApprovalChain(int lastVersion, Integer openVersion, Step step) {

    /** Where the open version stands: proposed, opinion given, approved (waiting for confirmation). */
    public enum Step {
        PROPOSED, OPINION_GIVEN, APPROVED
    }

    /** No version proposed yet. */
    public static ApprovalChain none() {
        return new ApprovalChain(0, null, null);
    }

    /** Whether a version is open (proposed and not yet confirmed or refused). */
    public boolean isOpen() {
        return openVersion != null;
    }

    /** The next version may be proposed: none is open and the number is the next one. */
    public void requireProposable(int version, Rule outOfOrder, Rule invalid) {
        RuleViolation.require(!isOpen(), outOfOrder, "version " + (isOpen() ? openVersion : 0) + " is not decided yet");
        RuleViolation.require(version == lastVersion + 1, invalid, "the next version is " + (lastVersion + 1));
    }

    /** The open version is {@code version} and stands at {@code expected}. */
    public void requireAt(int version, Step expected, Rule outOfOrder, String message) {
        RuleViolation.require(isOpen() && openVersion == version && step == expected, outOfOrder,
                message + " (version " + version + ")");
    }

    public ApprovalChain proposed(int version) {
        return new ApprovalChain(version, version, Step.PROPOSED);
    }

    public ApprovalChain opinionGiven() {
        return new ApprovalChain(lastVersion, openVersion, Step.OPINION_GIVEN);
    }

    /** The Center head's decision: an approval waits for the confirmation, a refusal closes the version. */
    public ApprovalChain decided(boolean approved) {
        return approved ? new ApprovalChain(lastVersion, openVersion, Step.APPROVED) : closed();
    }

    /** Confirmed or not, the version is closed. */
    public ApprovalChain closed() {
        return new ApprovalChain(lastVersion, null, null);
    }
}
