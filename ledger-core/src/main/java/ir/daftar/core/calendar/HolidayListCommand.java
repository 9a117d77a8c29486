package ir.daftar.core.calendar;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What can be asked of the official holiday lists. Who asks travels as metadata. */
public sealed interface HolidayListCommand {

    String listId();

    /**
     * An administrator loads the official holiday list of a Jalali year, as published, naming the
     * document it was taken from; it replaces the list loaded before for that year (which stays in
     * the record).
     */
    record LoadOfficialHolidays(@TargetAggregateIdentifier String listId, int year, List<HolidayEntry> holidays,
                                String sourceDocument) implements HolidayListCommand {
    }
}
