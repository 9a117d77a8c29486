package ir.daftar.core.office;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.TehranTime;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.office.OfficeCommand.DecideLicenceDecision;
import ir.daftar.core.office.OfficeCommand.EndLicenceSuspension;
import ir.daftar.core.office.OfficeCommand.HireStaffMember;
import ir.daftar.core.office.OfficeCommand.GiveLicenceOpinion;
import ir.daftar.core.office.OfficeCommand.ProposeLicenceDecision;
import ir.daftar.core.office.OfficeCommand.EndStaffAppointment;
import ir.daftar.core.office.OfficeCommand.OrderMinimumStaffing;
import ir.daftar.core.office.OfficeCommand.RegisterOffice;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionDecided;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionOpinionGiven;
import ir.daftar.core.office.OfficeEvent.LicenceDecisionProposed;
import ir.daftar.core.office.OfficeEvent.LicenceRequired;
import ir.daftar.core.office.OfficeEvent.LicenceSuspensionEnded;
import ir.daftar.core.office.OfficeEvent.MinimumStaffingOrdered;
import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffEligibilityVerified;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A judicial electronic services office, its staff and its licence (A3, A14, A15, A22, A24, A35-5/6). */
public class Office {

    @AggregateIdentifier
    private String officeId;
    private final Map<String, StaffMember> staff = new LinkedHashMap<>();
    private MinimumStaffing minimum = MinimumStaffing.REGULATION;
    private Licence licence = Licence.NONE;
    private final Map<String, LicenceDecisionProposed> decisions = new LinkedHashMap<>();
    private final Map<String, Boolean> opinions = new LinkedHashMap<>();
    private final Map<String, Boolean> decided = new LinkedHashMap<>();
    private String lastSuspension;

    protected Office() {
        // for Axon
    }

    @CommandHandler
    public Office(RegisterOffice command) {
        String name = PersianText.normalize(command.name());
        if (command.officeId() == null || !command.officeId().matches("[A-Za-z0-9\\-]{1,40}")) {
            throw new IllegalArgumentException("office id must be 1-40 letters, digits or dashes");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("office name is required");
        }
        apply(new OfficeRegistered(command.officeId(), name, command.origin(),
                PersianText.normalize(command.province()), PersianText.normalize(command.city())));
        if (command.licenceRequired()) {
            apply(new LicenceRequired(command.officeId()));
        }
    }

    /**
     * A15-A21 (ADR 0910): a person is hired on the evidence of every general condition (A16), of the post's
     * conditions (A17-A20, on the Jalali hiring day) and of no A21 prohibition, into one post in one office at a
     * time. The evidence is recorded ({@link StaffEligibilityVerified}), then the appointment; answers the hiring day.
     */
    @CommandHandler
    public JalaliDate handle(HireStaffMember command, StaffPosts posts) {
        StaffMember member = command.member();
        String nationalCode = member.nationalCode().value();
        RuleViolation.require(!staff.containsKey(nationalCode), Rule.A15_STAFF_ALREADY_APPOINTED, "already works in this office");
        if (member.role() == StaffRole.MANAGER) {
            RuleViolation.require(member.fullTime(), Rule.A15_MANAGER_FULL_TIME, "the manager works full time");
            RuleViolation.require(staff.values().stream().noneMatch(m -> m.role() == StaffRole.MANAGER),
                    Rule.A15_ONE_MANAGER, "the office already has a manager");
        }
        JalaliDate hiredOn = JalaliDate.of(TehranTime.dayOf(now()));
        StaffEligibility evidence = command.eligibility();
        GeneralConditionsPolicy.met(evidence.general());
        RoleConditionsPolicy.met(member.role(), evidence.qualifications(), hiredOn);
        ProhibitionsPolicy.noneApplies(evidence.prohibitions());
        posts.claim(nationalCode, officeId).ifPresent(other -> {
            throw new RuleViolation(Rule.A15_STAFF_IN_ANOTHER_OFFICE, "nationalCode", "works in office " + other + " now");
        });
        apply(new StaffEligibilityVerified(officeId, nationalCode, member.role(), hiredOn, evidence));
        apply(new StaffMemberAppointed(officeId, member));
        return hiredOn;
    }

    /** A15 (ADR 0910): the person leaves the office, and their post is free for another office. */
    @CommandHandler
    public void handle(EndStaffAppointment command, StaffPosts posts) {
        StaffMember member = staff.get(command.nationalCode());
        RuleViolation.require(member != null, Rule.A15_STAFF_UNKNOWN, "does not work in this office");
        posts.release(command.nationalCode(), officeId);
        apply(new StaffAppointmentEnded(officeId, command.nationalCode(), member.role(), PersianText.normalize(command.reason())));
    }

    @CommandHandler
    public void handle(OrderMinimumStaffing command) {
        RuleViolation.require(command.minimum().atLeastRegulation(), Rule.A15_MINIMUM_BELOW_REGULATION,
                "the GD may raise the minimum staffing, not lower it below A15");
        apply(new MinimumStaffingOrdered(officeId, command.minimum()));
    }

    /** A24: the Council proposes; the proposal must fit the licence as it stands and carry its terms. */
    @CommandHandler
    public void handle(ProposeLicenceDecision command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.COUNCIL_MEMBER, Rule.A24_PROPOSAL_BY_COUNCIL_ONLY,
                "licence decisions are proposed by the Advisory Council");
        RuleViolation.require(command.decisionId() != null && command.decisionId().matches("[A-Za-z0-9\\-]{1,40}"),
                Rule.A24_TERMS_INVALID, "decision id must be 1-40 letters, digits or dashes");
        RuleViolation.require(!decisions.containsKey(command.decisionId()), Rule.A24_DECISION_ALREADY_PROPOSED,
                "decision " + command.decisionId() + " was already proposed for this office");
        RuleViolation.require(decisions.keySet().stream().allMatch(decided::containsKey), Rule.A24_DECISION_PENDING,
                "another licence decision of this office is not decided yet");
        RuleViolation.require(command.kind() != null, Rule.A24_TERMS_INVALID, "the kind of decision is required");
        String session = PersianText.normalize(command.councilSession());
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(session != null && !session.isBlank() && reasons != null && !reasons.isBlank(),
                Rule.A24_REASON_REQUIRED, "the Council's proposal names its session and states its reasons");
        LicenceTerms terms = checkedTerms(command.kind(), command.terms(), now());
        applicable(command.kind(), terms, now());
        apply(new LicenceDecisionProposed(officeId, command.decisionId(), command.kind(), terms, session, reasons));
    }

    /** A22(b): the GD's opinion comes after the proposal and before the decision, once. */
    @CommandHandler
    public void handle(GiveLicenceOpinion command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.GD_OFFICER, Rule.A22_OPINION_BY_GD_ONLY,
                "the opinion on a licence proposal is the GD's");
        RuleViolation.require(decisions.containsKey(command.decisionId()), Rule.A24_DECISION_UNKNOWN,
                "no licence decision " + command.decisionId() + " was proposed for this office");
        RuleViolation.require(!opinions.containsKey(command.decisionId()), Rule.A24_DECISION_OUT_OF_ORDER,
                "the GD already gave its opinion on decision " + command.decisionId());
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(command.agrees() || (reasons != null && !reasons.isBlank()), Rule.A24_REASON_REQUIRED,
                "a disagreeing opinion states its reasons");
        apply(new LicenceDecisionOpinionGiven(officeId, command.decisionId(), command.agrees(), reasons));
    }

    /**
     * A14/A22(b): the Center head decides after the GD's opinion, once. An approval is checked again against the
     * licence as it stands now (time may have passed since the proposal) and changes it as proposed.
     */
    @CommandHandler
    public void handle(DecideLicenceDecision command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        RuleViolation.require(actor.role() == ActorRole.CENTER_HEAD, Rule.A22_DECISION_BY_CENTER_HEAD_ONLY,
                "licence decisions are decided by the Center head");
        LicenceDecisionProposed proposal = decisions.get(command.decisionId());
        RuleViolation.require(proposal != null, Rule.A24_DECISION_UNKNOWN,
                "no licence decision " + command.decisionId() + " was proposed for this office");
        RuleViolation.require(opinions.containsKey(command.decisionId()), Rule.A24_DECISION_OUT_OF_ORDER,
                "the GD gives its opinion before the Center head decides");
        RuleViolation.require(!decided.containsKey(command.decisionId()), Rule.A24_DECISION_OUT_OF_ORDER,
                "decision " + command.decisionId() + " was already decided");
        String reasons = PersianText.normalize(command.reasons());
        RuleViolation.require(command.approved() || (reasons != null && !reasons.isBlank()), Rule.A24_REASON_REQUIRED,
                "a refusal states its reasons");
        if (command.approved()) {
            checkedTerms(proposal.kind(), proposal.terms(), now());
            applicable(proposal.kind(), proposal.terms(), now());
        }
        apply(new LicenceDecisionDecided(officeId, command.decisionId(), proposal.kind(), command.approved(), reasons));
    }

    /** A35-5: a suspension's end is recorded once its period is over (by the system's sweep, ADR 0900). */
    @CommandHandler
    public void handle(EndLicenceSuspension command) {
        Instant now = now();
        RuleViolation.require(licence.suspendedUntil() != null && lastSuspension != null, Rule.A35_SUSPENSION_NOT_ENDED,
                "the office's licence is not suspended");
        RuleViolation.require(!licence.suspendedAt(now), Rule.A35_SUSPENSION_NOT_ENDED,
                "the suspension lasts until " + licence.suspendedUntil());
        apply(new LicenceSuspensionEnded(officeId, lastSuspension, licence.suspendedUntil()));
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    /** A24: each kind carries the terms it needs, and only those; times lie in the future. */
    private static LicenceTerms checkedTerms(LicenceDecisionKind kind, LicenceTerms terms, Instant now) {
        LicenceTerms given = terms == null ? LicenceTerms.none() : terms;
        switch (kind) {
            case ISSUE, RENEW, SUSPEND, REPLACE -> {
                RuleViolation.require(given.until() != null && given.until().isAfter(now), Rule.A24_TERMS_INVALID,
                        kind == LicenceDecisionKind.SUSPEND ? "a suspension ends at a time in the future"
                                : "a licence is issued or renewed until a time in the future");
                return LicenceTerms.until(given.until());
            }
            case RELOCATE -> {
                String address = PersianText.normalize(given.address());
                RuleViolation.require(address != null && !address.isBlank(), Rule.A24_TERMS_INVALID,
                        "a relocation names the new address");
                return LicenceTerms.place(address, PersianText.normalize(given.province()));
            }
            default -> {
                return LicenceTerms.none();
            }
        }
    }

    /** A24, A35-6: a decision fits the licence as it stands (issued once; revoked or relinquished is final). */
    private void applicable(LicenceDecisionKind kind, LicenceTerms terms, Instant now) {
        if (kind == LicenceDecisionKind.ISSUE) {
            RuleViolation.require(!licence.issued(), Rule.A24_DECISION_NOT_APPLICABLE,
                    "a licence was already issued to this office");
            return;
        }
        if (kind == LicenceDecisionKind.REPLACE) {
            replaceable();
            return;
        }
        RuleViolation.require(licence.issued() && licence.ended() == null, Rule.A24_DECISION_NOT_APPLICABLE,
                "the office has no licence to " + kind.name().toLowerCase() + " (" + licence.explainAt(now) + ")");
        if (kind == LicenceDecisionKind.RENEW) {
            RuleViolation.require(terms.until().isAfter(licence.expiresAt()), Rule.A24_DECISION_NOT_APPLICABLE,
                    "a renewal moves the expiry later than " + licence.expiresAt());
        } else if (kind == LicenceDecisionKind.SUSPEND) {
            RuleViolation.require(!licence.suspendedAt(now), Rule.A24_DECISION_NOT_APPLICABLE,
                    "the licence is already suspended until " + licence.suspendedUntil());
        }
    }

    /**
     * A31 (ADR 0930): the office is replaced only after its manager relinquished the licence or died: once the
     * manager's appointment has ended (the replacement is for another manager); not after a revocation (A35-6: final).
     */
    private void replaceable() {
        RuleViolation.require(licence.issued() && licence.ended() != LicenceCondition.REVOKED,
                Rule.A24_DECISION_NOT_APPLICABLE, "A31: only an office whose licence was issued and not revoked is replaced");
        RuleViolation.require(staff.values().stream().noneMatch(m -> m.role() == StaffRole.MANAGER),
                Rule.A24_DECISION_NOT_APPLICABLE, "A31: an office is replaced after its manager relinquished the licence "
                        + "or died, once the manager's appointment has ended");
    }

    /** The licence as of the last event applied (A22, A24). */
    public Licence licence() {
        return licence;
    }

    /** The staffing as of the last event applied. */
    public OfficeStaffing staffing() {
        return new OfficeStaffing(officeId, staff.values().stream().toList(), minimum);
    }

    /**
     * A15: the staffing an office's events add up to, folded by the same event-sourcing handlers as
     * the aggregate, for readers that must not take the office's lock (a filing's staffing check).
     */
    public static OfficeStaffing staffingFrom(Iterable<? extends OfficeEvent> events) {
        Office office = new Office();
        for (OfficeEvent event : events) {
            office.replay(event);
        }
        return office.staffing();
    }

    /** A22/A24: the licence an office's events add up to, folded like {@link #staffingFrom}. */
    public static Licence licenceFrom(Iterable<? extends OfficeEvent> events) {
        Office office = new Office();
        for (OfficeEvent event : events) {
            office.replay(event);
        }
        return office.licence();
    }

    private void replay(OfficeEvent event) {
        if (event instanceof OfficeRegistered registered) {
            on(registered);
        } else if (event instanceof StaffMemberAppointed appointed) {
            on(appointed);
        } else if (event instanceof StaffAppointmentEnded ended) {
            on(ended);
        } else if (event instanceof MinimumStaffingOrdered ordered) {
            on(ordered);
        } else if (event instanceof LicenceRequired required) {
            on(required);
        } else if (event instanceof LicenceDecisionProposed proposed) {
            on(proposed);
        } else if (event instanceof LicenceDecisionOpinionGiven opinion) {
            on(opinion);
        } else if (event instanceof LicenceDecisionDecided decision) {
            on(decision);
        } else if (event instanceof LicenceSuspensionEnded ended) {
            on(ended);
        } else {
            replayDiscipline(event);
        }
    }

    // ---- discipline: a final ruling executed on the licence (A35-5/6, A36; ADR 1200) ----

    /** ruling id -> the end of the suspension it set ({@code null} for a revocation) */
    private final Map<String, Instant> rulingsExecuted = new LinkedHashMap<>();
    private final java.util.Set<String> rulingsLifted = new java.util.HashSet<>();
    private String revokedByRuling;

    /**
     * A35-5/6 (ADR 1200): the system executes a final ruling on the licence, outside the Council's chain (A24),
     * once per ruling: the same ruling again (a redelivery, a replay) records nothing.
     */
    @CommandHandler
    public void handle(OfficeCommand.ExecuteDisciplinaryRuling command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.SYSTEM, Rule.A35_EXECUTION_BY_SYSTEM_ONLY,
                "rulings are executed on the licence by the system");
        if (rulingsExecuted.containsKey(command.rulingId())) {
            return;
        }
        if (command.degree() == 5 && command.until() != null) {
            apply(new OfficeEvent.LicenceSuspendedByRuling(officeId, command.rulingId(), command.caseId(), command.until()));
        } else if (command.degree() == 6) {
            apply(new OfficeEvent.LicenceRevokedByRuling(officeId, command.rulingId(), command.caseId()));
        } else {
            throw new IllegalArgumentException("only degree 5 (with its end) and degree 6 act on the licence");
        }
    }

    /** A36 (ADR 1200): a ruling set aside on appeal no longer suspends or revokes; once, and only if executed. */
    @CommandHandler
    public void handle(OfficeCommand.LiftDisciplinaryRuling command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.SYSTEM, Rule.A35_EXECUTION_BY_SYSTEM_ONLY,
                "rulings are executed on the licence by the system");
        if (!rulingsExecuted.containsKey(command.rulingId()) || rulingsLifted.contains(command.rulingId())) {
            return;
        }
        apply(new OfficeEvent.DisciplinaryRulingLifted(officeId, command.rulingId(), command.caseId()));
    }

    private void replayDiscipline(OfficeEvent event) {
        if (event instanceof OfficeEvent.LicenceSuspendedByRuling suspended) {
            on(suspended);
        } else if (event instanceof OfficeEvent.LicenceRevokedByRuling revoked) {
            on(revoked);
        } else if (event instanceof OfficeEvent.DisciplinaryRulingLifted lifted) {
            on(lifted);
        }
    }

    @EventSourcingHandler
    void on(OfficeEvent.LicenceSuspendedByRuling event) {
        rulingsExecuted.put(event.rulingId(), event.until());
        if (licence.suspendedUntil() == null || event.until().isAfter(licence.suspendedUntil())) {
            this.licence = licence.suspendedUntil(event.until());
            this.lastSuspension = event.rulingId();
        }
    }

    @EventSourcingHandler
    void on(OfficeEvent.LicenceRevokedByRuling event) {
        rulingsExecuted.put(event.rulingId(), null);
        this.licence = licence.endedBy(LicenceCondition.REVOKED);
        this.revokedByRuling = event.rulingId();
    }

    @EventSourcingHandler
    void on(OfficeEvent.DisciplinaryRulingLifted event) {
        rulingsLifted.add(event.rulingId());
        if (event.rulingId().equals(revokedByRuling)) {
            this.licence = licence.reinstated();
            this.revokedByRuling = null;
        }
        if (event.rulingId().equals(lastSuspension) && licence.suspendedUntil() != null) {
            this.licence = licence.suspensionEnded();
            this.lastSuspension = null;
        }
    }

    @EventSourcingHandler
    void on(OfficeRegistered event) {
        this.officeId = event.officeId();
    }

    @EventSourcingHandler
    void on(StaffMemberAppointed event) {
        staff.put(event.member().nationalCode().value(), event.member());
    }

    @EventSourcingHandler
    void on(StaffAppointmentEnded event) {
        staff.remove(event.nationalCode());
    }

    @EventSourcingHandler
    void on(MinimumStaffingOrdered event) {
        this.minimum = event.minimum();
    }

    @EventSourcingHandler
    void on(LicenceRequired event) {
        this.licence = licence.withRequired();
    }

    @EventSourcingHandler
    void on(LicenceDecisionProposed event) {
        decisions.put(event.decisionId(), event);
    }

    @EventSourcingHandler
    void on(LicenceDecisionOpinionGiven event) {
        opinions.put(event.decisionId(), event.agrees());
    }

    @EventSourcingHandler
    void on(LicenceDecisionDecided event) {
        decided.put(event.decisionId(), event.approved());
        if (!event.approved()) {
            return;
        }
        LicenceDecisionProposed proposal = decisions.get(event.decisionId());
        LicenceTerms terms = proposal.terms();
        switch (proposal.kind()) {
            case ISSUE, REPLACE -> licence = licence.issuedUntil(terms.until());
            case RENEW -> licence = licence.renewedUntil(terms.until());
            case SUSPEND -> {
                licence = licence.suspendedUntil(terms.until());
                lastSuspension = event.decisionId();
            }
            case REVOKE -> licence = licence.endedBy(LicenceCondition.REVOKED);
            case RELINQUISH -> licence = licence.endedBy(LicenceCondition.RELINQUISHED);
            case RELOCATE -> licence = licence.relocatedTo(terms.address(),
                    terms.province() != null ? terms.province() : licence.province());
        }
    }

    @EventSourcingHandler
    void on(LicenceSuspensionEnded event) {
        this.licence = licence.suspensionEnded();
    }
}
