package ir.daftar.core.fee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the court-fee tariffs' approval trail (A22(c), ADR 0921 revisited). */
public sealed interface TariffCommand {

    String tariffsId();

    /** The Council proposes a new tariff version, the whole tariff as data, naming its session and reasons. */
    record ProposeCourtFeeTariff(@TargetAggregateIdentifier String tariffsId, CourtFeeTariff tariff, String councilSession,
                                 String reasons) implements TariffCommand {
    }

    /** The GD's opinion on the proposed version. */
    record GiveCourtFeeTariffOpinion(@TargetAggregateIdentifier String tariffsId, String version, boolean agrees,
                                     String reasons) implements TariffCommand {
    }

    /** The Center head approves or refuses the version, after the GD's opinion. */
    record DecideCourtFeeTariff(@TargetAggregateIdentifier String tariffsId, String version, boolean approved,
                                String reasons) implements TariffCommand {
    }

    /** The Head of the Judiciary confirms (or does not) the version the Center head approved. */
    record ConfirmCourtFeeTariff(@TargetAggregateIdentifier String tariffsId, String version, boolean confirmed,
                                 String reasons) implements TariffCommand {
    }

    /**
     * The system records a tariff shipped with the application (in force by law before the ledger kept the trail) as
     * approved, naming the file it came from; the same tariff again changes nothing.
     */
    record RecordShippedCourtFeeTariff(@TargetAggregateIdentifier String tariffsId, CourtFeeTariff tariff, String source)
            implements TariffCommand {
    }
}
