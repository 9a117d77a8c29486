package ir.daftar.api.holidays;

import com.ibm.icu.util.IslamicCalendar.CalculationType;
import ir.daftar.core.calendar.HolidayCalendar;
import ir.daftar.core.calendar.HolidayEntry;
import ir.daftar.core.calendar.HolidayList;
import ir.daftar.core.calendar.HolidayListEvent.OfficialHolidaysLoaded;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.OfficialHolidayLists;
import ir.daftar.core.common.MetaDataKeys;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The holiday calendar deadlines are computed with (A8, A36; ADR 0800): the official lists (the
 * shipped files, replaced year by year by the lists an administrator loads, which are events) and,
 * beside them, the lunar holidays computed with ICU and marked provisional. A provisional date is
 * not used once the official list of its year is loaded, nor when an official entry of the same
 * lunar holiday lies within {@value #MATCH_DAYS} days of it.
 *
 * <p>Read from the event store at the moment of use, without any aggregate's lock: each use asks for
 * the last sequence number of the lists' stream (one indexed lookup) and folds it again only when it
 * moved, so a list loaded on any instance is used by the next deadline (as ADR 0008 does for offices).
 */
@Component
public class HolidayLists implements HolidayCalendar {

    /** The variant closest to the official calendars of 1404 and 1405 (ADR 0800, measured in a test). */
    static final CalculationType DEFAULT_CALCULATION = CalculationType.ISLAMIC_CIVIL;
    /** The Jalali years whose lunar holidays are computed. */
    static final int FIRST_YEAR = 1400;
    static final int LAST_YEAR = 1420;
    static final int MATCH_DAYS = 5;

    /** The list of a year loaded by an administrator, with who and when. */
    record Loaded(int year, int revision, List<HolidayEntry> holidays, String sourceDocument, String loadedBy,
                  Instant loadedAt) {
    }

    private record Folded(long sequenceNumber, Map<Integer, Loaded> loaded, HolidayList list,
                          List<HolidayEntry> official, List<LunarHolidayCalculator.Provisional> provisional) {
    }

    private final EventStore events;
    private final List<HolidayEntry> shipped;
    private final LunarHolidayCalculator calculator;
    private final List<LunarHolidayCalculator.Provisional> computed;
    private volatile Folded folded;

    HolidayLists(EventStore events, HolidayFiles.Shipped shipped,
                 @Value("${daftar.holidays.lunar-calculation:islamic-civil}") String calculation) {
        this.events = events;
        this.shipped = shipped.entries();
        this.calculator = new LunarHolidayCalculator(
                CalculationType.valueOf(calculation.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        List<LunarHolidayCalculator.Provisional> all = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            all.addAll(calculator.holidaysOf(year));
        }
        this.computed = List.copyOf(all);
    }

    @Override
    public boolean isOfficialHoliday(LocalDate day) {
        return snapshot().isOfficialHoliday(day);
    }

    @Override
    public boolean isProvisionalHoliday(LocalDate day) {
        return snapshot().isProvisionalHoliday(day);
    }

    @Override
    public String version() {
        return snapshot().version();
    }

    /** The list in force now: the one folded last, or folded again when the lists' stream moved on. */
    @Override
    public HolidayList snapshot() {
        return current().list();
    }

    /** The official list of the year as loaded by an administrator, if one was. */
    Loaded loaded(int year) {
        return current().loaded().get(year);
    }

    @QueryHandler
    public HolidayYear handle(FindHolidayYear query) {
        Folded now = current();
        int year = query.year();
        Loaded loaded = now.loaded().get(year);
        HolidayYear.Source source = loaded == null ? new HolidayYear.Source("FILE", null, null, null, null)
                : new HolidayYear.Source("LOADED", loaded.revision(), loaded.sourceDocument(), loaded.loadedBy(),
                loaded.loadedAt());
        List<HolidayYear.Day> days = new ArrayList<>();
        for (HolidayEntry e : now.official()) {
            if (e.date().year() == year) {
                days.add(new HolidayYear.Day(e.date().toGregorian(), e.date().toString(), e.name(),
                        e.lunar() == null ? null : e.lunar().name(), "OFFICIAL"));
            }
        }
        for (LunarHolidayCalculator.Provisional p : now.provisional()) {
            if (JalaliDate.of(p.date()).year() == year && now.list().isProvisionalHoliday(p.date())) {
                days.add(new HolidayYear.Day(p.date(), JalaliDate.of(p.date()).toString(), p.holiday().nameEn(),
                        p.holiday().name(), "PROVISIONAL"));
            }
        }
        days.sort(Comparator.comparing(HolidayYear.Day::date));
        List<HolidayYear.Lunar> lunar = new ArrayList<>();
        for (LunarHolidayCalculator.Provisional p : computed) {
            if (JalaliDate.of(p.date()).year() != year) {
                continue;
            }
            HolidayEntry match = officialMatch(now.official(), p);
            String status;
            Integer difference = null;
            if (match != null) {
                difference = (int) ChronoUnit.DAYS.between(p.date(), match.date().toGregorian());
                status = difference == 0 ? "CONFIRMED" : "MOVED";
            } else {
                status = loaded != null ? "NOT_IN_OFFICIAL_LIST" : "PROVISIONAL";
            }
            lunar.add(new HolidayYear.Lunar(p.holiday().name(), p.holiday().nameFa(), p.holiday().nameEn(), p.date(),
                    JalaliDate.of(p.date()).toString(), match == null ? null : match.date().toGregorian(),
                    match == null ? null : match.date().toString(), difference, status));
        }
        return new HolidayYear(year, now.list().version(), calculator.type().name(), source, days, lunar);
    }

    private Folded current() {
        long last = events.lastSequenceNumberFor(OfficialHolidayLists.ID).orElse(-1L);
        Folded known = folded;
        if (known != null && known.sequenceNumber() == last) {
            return known;
        }
        Folded now = fold();
        folded = now;
        return now;
    }

    private Folded fold() {
        Map<Integer, Loaded> loaded = new HashMap<>();
        long sequenceNumber = -1;
        if (events.lastSequenceNumberFor(OfficialHolidayLists.ID).isPresent()) {
            DomainEventStream stream = events.readEvents(OfficialHolidayLists.ID);
            while (stream.hasNext()) {
                DomainEventMessage<?> message = stream.next();
                sequenceNumber = message.getSequenceNumber();
                if (message.getPayload() instanceof OfficialHolidaysLoaded event) {
                    Object actor = message.getMetaData().get(MetaDataKeys.ACTOR_ID);
                    loaded.put(event.year(), new Loaded(event.year(), event.revision(), event.holidays(),
                            event.sourceDocument(), actor == null ? null : actor.toString(), message.getTimestamp()));
                }
            }
        }
        List<HolidayEntry> official = new ArrayList<>();
        for (HolidayEntry e : shipped) {
            if (!loaded.containsKey(e.date().year())) {
                official.add(e);
            }
        }
        loaded.values().forEach(l -> official.addAll(l.holidays()));
        official.sort(Comparator.comparing(HolidayEntry::date));
        List<LunarHolidayCalculator.Provisional> provisional = new ArrayList<>();
        for (LunarHolidayCalculator.Provisional p : computed) {
            if (!loaded.containsKey(JalaliDate.of(p.date()).year()) && officialMatch(official, p) == null) {
                provisional.add(p);
            }
        }
        Set<LocalDate> officialDays = new HashSet<>();
        official.forEach(e -> officialDays.add(e.date().toGregorian()));
        HolidayList list = new HolidayList(officialDays, provisional.stream().map(LunarHolidayCalculator.Provisional::date).toList());
        return new Folded(sequenceNumber, Map.copyOf(loaded), list, List.copyOf(official), List.copyOf(provisional));
    }

    /** The official entry of the same lunar holiday nearest the provisional date, within {@value #MATCH_DAYS} days. */
    private static HolidayEntry officialMatch(List<HolidayEntry> official, LunarHolidayCalculator.Provisional p) {
        HolidayEntry best = null;
        long bestDistance = Long.MAX_VALUE;
        for (HolidayEntry e : official) {
            if (e.lunar() == p.holiday()) {
                long distance = Math.abs(ChronoUnit.DAYS.between(p.date(), e.date().toGregorian()));
                if (distance <= MATCH_DAYS && distance < bestDistance) {
                    best = e;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
