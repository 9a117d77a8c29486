package ir.daftar.core.fee;

import org.axonframework.serialization.Revision;

/** What happened to the court-fee tariffs' approval trail, one version at a time (A22(c), ADR 0921 revisited). */
public sealed interface TariffEvent {

    String tariffsId();

    /** The Council proposed a tariff version: the whole tariff, the session, the reasons. */
    @Revision("1")
    record CourtFeeTariffProposed(String tariffsId, CourtFeeTariff tariff, String councilSession, String reasons)
            implements TariffEvent {
    }

    /** The GD's opinion on the version. */
    @Revision("1")
    record CourtFeeTariffOpinionGiven(String tariffsId, String version, boolean agrees, String reasons) implements TariffEvent {
    }

    /** The Center head's approval or refusal. */
    @Revision("1")
    record CourtFeeTariffDecided(String tariffsId, String version, boolean approved, String reasons) implements TariffEvent {
    }

    /** The Head of the Judiciary's confirmation or its refusal; a confirmed version is used from its effective date. */
    @Revision("1")
    record CourtFeeTariffConfirmed(String tariffsId, String version, boolean confirmed, String reasons)
            implements TariffEvent {
    }

    /** A tariff shipped with the application recorded as approved (in force by law before the trail), with its file. */
    @Revision("1")
    record ShippedCourtFeeTariffRecorded(String tariffsId, CourtFeeTariff tariff, String source) implements TariffEvent {
    }
}
