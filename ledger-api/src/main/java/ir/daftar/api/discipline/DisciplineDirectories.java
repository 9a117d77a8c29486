package ir.daftar.api.discipline;

import ir.daftar.core.discipline.AcceptedFinding;
import ir.daftar.core.discipline.AcceptedFindings;
import ir.daftar.core.discipline.BoardComposition;
import ir.daftar.core.discipline.BoardDirectory;
import ir.daftar.core.discipline.BoardEvent;
import ir.daftar.core.discipline.DisciplinaryBoard;
import ir.daftar.core.inspection.InspectionEvent;
import ir.daftar.core.inspection.InspectionEvent.FindingAccepted;
import ir.daftar.core.inspection.InspectionEvent.InspectionOpened;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A34/A33 (ADR 1200): a board's composition and an inspection's accepted findings, read from their own streams at
 * the moment a case is opened or referred, as the office directory reads an office (ADR 0008): no read model lags.
 */
@Component
class DisciplineDirectories implements BoardDirectory, AcceptedFindings {

    private final EventStore events;

    DisciplineDirectories(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<BoardComposition> boardOf(String boardId) {
        if (boardId == null || boardId.isBlank()) {
            return Optional.empty();
        }
        List<BoardEvent> board = new ArrayList<>();
        DomainEventStream stream = events.readEvents(boardId);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof BoardEvent event)) {
                return Optional.empty();
            }
            board.add(event);
        }
        return board.isEmpty() ? Optional.empty() : Optional.of(DisciplinaryBoard.compositionFrom(board));
    }

    @Override
    public Optional<AcceptedFinding> find(String inspectionId, String findingId) {
        if (inspectionId == null || inspectionId.isBlank() || findingId == null) {
            return Optional.empty();
        }
        String officeId = null;
        DomainEventStream stream = events.readEvents(inspectionId);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (!(payload instanceof InspectionEvent)) {
                return Optional.empty();
            }
            if (payload instanceof InspectionOpened opened) {
                officeId = opened.officeId();
            } else if (payload instanceof FindingAccepted accepted && accepted.findingId().equals(findingId)
                    && officeId != null) {
                return Optional.of(new AcceptedFinding(inspectionId, findingId, officeId, accepted.rule(),
                        accepted.subjectId(), accepted.evidenceEventIds()));
            }
        }
        return Optional.empty();
    }
}
