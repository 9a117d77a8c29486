package ir.daftar.core.paper;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of a preliminary paper file (A10). The officer and the unit travel as metadata. */
public sealed interface PaperFileCommand {

    String paperFileId();

    /**
     * A10: judicial officers who first acted on paper (flagrant crime, urgent matter) register the
     * preliminary paper file of a case afterwards: its reference, who carried it, and its acts with
     * the time each happened.
     */
    record RegisterPaperFile(@TargetAggregateIdentifier String paperFileId, String filingId, String paperReference,
                             String carriedBy, List<PaperAct> acts) implements PaperFileCommand {

        public RegisterPaperFile {
            acts = acts == null ? List.of() : List.copyOf(acts);
        }
    }
}
