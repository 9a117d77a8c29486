package ir.daftar.core.discipline;

import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.PublishReprimand;
import ir.daftar.core.discipline.DisciplinaryCaseCommand.WithdrawReprimand;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingBecameFinal;
import ir.daftar.core.discipline.DisciplinaryCaseEvent.RulingSetAside;
import ir.daftar.core.office.OfficeCommand.ExecuteDisciplinaryRuling;
import ir.daftar.core.office.OfficeCommand.LiftDisciplinaryRuling;
import java.util.List;

/**
 * The process that executes final rulings (A35, A36; ADR 1200): degree 4 is published on the public list of
 * reprimands, degree 5 suspends the office's licence until the end of its period, degree 6 revokes it; a ruling
 * set aside on appeal is undone. Each command names its ruling and the aggregates record it once, so delivering
 * an event twice, or replaying the stream, changes nothing (idempotent, replay-safe). Degrees 1-3 are recorded
 * in the file by the ruling itself and need no execution.
 */
public final class RulingExecution {

    /** Who executes: the system, named in each command's metadata. */
    public static final Actor EXECUTOR = new Actor("system:ruling-execution", ActorRole.SYSTEM, null);

    private RulingExecution() {
    }

    /** The commands that execute a ruling that became final. */
    public static List<Object> onFinal(RulingBecameFinal event) {
        if (event.penalty() == null) {
            return List.of();
        }
        return switch (event.penalty().degree()) {
            case 4 -> List.of(new PublishReprimand(event.caseId(), event.rulingId()));
            case 5 -> List.of(new ExecuteDisciplinaryRuling(event.officeId(), event.rulingId(), event.caseId(), 5,
                    event.suspendedUntil()));
            case 6 -> List.of(new ExecuteDisciplinaryRuling(event.officeId(), event.rulingId(), event.caseId(), 6, null));
            default -> List.of();
        };
    }

    /** The commands that undo the execution of a ruling set aside on appeal. */
    public static List<Object> onSetAside(RulingSetAside event) {
        if (event.penalty() == null) {
            return List.of();
        }
        return switch (event.penalty().degree()) {
            case 4 -> List.of(new WithdrawReprimand(event.caseId(), event.rulingId()));
            case 5, 6 -> List.of(new LiftDisciplinaryRuling(event.officeId(), event.rulingId(), event.caseId()));
            default -> List.of();
        };
    }
}
