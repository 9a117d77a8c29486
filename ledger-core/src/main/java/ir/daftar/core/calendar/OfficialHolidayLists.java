package ir.daftar.core.calendar;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import ir.daftar.core.calendar.HolidayListCommand.LoadOfficialHolidays;
import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.common.Actor;
import ir.daftar.core.common.ActorRole;
import ir.daftar.core.common.PersianText;
import ir.daftar.core.common.Rule;
import ir.daftar.core.common.RuleViolation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * The official holiday lists, one stream for every year ({@link #ID}): each load is an event with
 * who loaded it and from which document, so the list a deadline was computed with can always be
 * found again (A8, A36; ADR 0800).
 */
public class OfficialHolidayLists {

    /** The one identifier of the holiday lists' stream. */
    public static final String ID = "official-holiday-lists";

    static final int MAX_ENTRIES = 60;

    @AggregateIdentifier
    private String listId;
    private final Map<Integer, Integer> revisions = new HashMap<>();

    protected OfficialHolidayLists() {
        // for Axon
    }

    /** A8/A36: an administrator loads a year's official list, complete, from its published source. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public OfficialHolidaysLoaded handle(LoadOfficialHolidays command, MetaData metaData) {
        RuleViolation.require(Actor.from(metaData).role() == ActorRole.ADMIN, Rule.A8_HOLIDAY_LIST_ADMIN_ONLY,
                "official holiday lists are loaded by an administrator");
        RuleViolation.require(ID.equals(command.listId()), Rule.A8_HOLIDAY_LIST_INVALID, "unknown holiday list");
        String source = PersianText.normalize(command.sourceDocument());
        RuleViolation.require(source != null && !source.isBlank() && source.length() <= 500,
                Rule.A8_HOLIDAY_LIST_SOURCE_REQUIRED, "the list names the document it comes from (at most 500 characters)");
        List<HolidayEntry> holidays = command.holidays() == null ? List.of() : List.copyOf(command.holidays());
        RuleViolation.require(!holidays.isEmpty() && holidays.size() <= MAX_ENTRIES, Rule.A8_HOLIDAY_LIST_INVALID,
                "a list has 1 to " + MAX_ENTRIES + " holidays");
        Set<JalaliDate> dates = new HashSet<>();
        Set<LunarHoliday> lunar = new HashSet<>();
        for (HolidayEntry entry : holidays) {
            RuleViolation.require(entry.date().year() == command.year(), Rule.A8_HOLIDAY_OUTSIDE_YEAR,
                    entry.date() + " is not in the year " + command.year());
            RuleViolation.require(dates.add(entry.date()), Rule.A8_HOLIDAY_LIST_INVALID,
                    entry.date() + " is listed twice");
            RuleViolation.require(entry.lunar() == null || lunar.add(entry.lunar()), Rule.A8_HOLIDAY_LIST_INVALID,
                    entry.lunar() + " is listed twice");
        }
        OfficialHolidaysLoaded loaded = new OfficialHolidaysLoaded(ID, command.year(),
                revisions.getOrDefault(command.year(), 0) + 1, holidays, source);
        apply(loaded);
        return loaded;
    }

    @EventSourcingHandler
    void on(OfficialHolidaysLoaded event) {
        this.listId = event.listId();
        revisions.put(event.year(), event.revision());
    }
}
