package ir.daftar.core.paper;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.OccurredAt;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import ir.daftar.core.filing.CaseDirectory;
import ir.daftar.core.filing.CaseReference;
import ir.daftar.core.paper.PaperFileCommand.RegisterPaperFile;
import ir.daftar.core.paper.PaperFileEvent.PaperActRecorded;
import ir.daftar.core.paper.PaperFileEvent.PaperFileRegistered;
import ir.daftar.core.report.ReportingBodyDirectory;
import ir.daftar.core.report.ReportingBodyKind;
import ir.daftar.core.report.ReportingBodyRegistration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A10: the preliminary paper file judicial officers build in a flagrant crime or an urgent
 * matter, registered electronically afterwards. Bitemporal: each act is recorded now and says,
 * as {@code occurredAt} metadata, when it happened; the difference is the registration delay.
 */
public class PaperFile {

    @AggregateIdentifier
    private String paperFileId;

    protected PaperFile() {
        // for Axon
    }

    /** A10: by a user of a registered judicial officers unit, on a known case, with acts that already happened. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(RegisterPaperFile command, MetaData metaData, ReportingBodyDirectory bodies, CaseDirectory cases) {
        Actor actor = Actor.from(metaData);
        Objects.requireNonNull(command.paperFileId(), "paperFileId");
        ReportingBodyRegistration unit = actor.reportingBodyId() == null ? null
                : bodies.find(actor.reportingBodyId()).orElse(null);
        RuleViolation.require(unit != null && unit.kind() == ReportingBodyKind.JUDICIAL_OFFICERS_UNIT
                        && actor.role() == ActorRole.REPORTING_BODY && unit.hasUser(actor.id()),
                Rule.A10_JUDICIAL_OFFICERS_ONLY, "a preliminary paper file is registered by a judicial officers unit");
        List<PaperAct> acts = command.acts();
        RuleViolation.require(!acts.isEmpty(), Rule.A10_NO_ACTS, "a paper file records at least one act");
        Instant now = GenericEventMessage.clock.instant();
        RuleViolation.require(acts.stream().noneMatch(a -> a.occurredAt().isAfter(now)), Rule.A10_ACTS_IN_FUTURE,
                "paper-origin acts are registered after they happened");
        // a filing still being prepared is not a case yet: it is refused as unknown, which tells nothing of it
        CaseReference target = cases.find(command.filingId()).filter(CaseReference::withAuthority)
                .orElseThrow(() -> new RuleViolation(Rule.A10_CASE_UNKNOWN, "no case " + command.filingId()));
        String carriedBy = PersianText.normalize(command.carriedBy());
        if (carriedBy == null || carriedBy.isBlank() || carriedBy.length() > 200) {
            throw new IllegalArgumentException("carriedBy names who carried the paper file (at most 200 characters)");
        }
        if (command.paperReference() == null || !command.paperReference().matches("[A-Za-z0-9\\-/]{1,64}")) {
            throw new IllegalArgumentException("paperReference must be 1-64 letters, digits, dashes or slashes");
        }
        Instant first = acts.stream().map(PaperAct::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
        apply(new PaperFileRegistered(command.paperFileId(), target.filingId(), unit.reportingBodyId(),
                command.paperReference(), carriedBy, acts.size(), actor.id()), OccurredAt.metaData(first));
        for (int i = 0; i < acts.size(); i++) {
            PaperAct act = acts.get(i);
            apply(new PaperActRecorded(command.paperFileId(), target.filingId(), i + 1, act.description()),
                    OccurredAt.metaData(act.occurredAt()));
        }
    }

    @EventSourcingHandler
    void on(PaperFileRegistered event) {
        this.paperFileId = event.paperFileId();
    }
}
