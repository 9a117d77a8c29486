package ir.daftar.core.calendar;

import java.util.List;
import org.axonframework.serialization.Revision;

/** What happened to the official holiday lists; who acted and when are in the metadata and timestamp. */
public sealed interface HolidayListEvent {

    String listId();

    /**
     * The official holiday list of Jalali {@code year} was loaded, the {@code revision}-th for that year,
     * taken from {@code sourceDocument}; it is the year's list from now on.
     */
    @Revision("1")
    record OfficialHolidaysLoaded(String listId, int year, int revision, List<HolidayEntry> holidays,
                                  String sourceDocument) implements HolidayListEvent {
    }
}
