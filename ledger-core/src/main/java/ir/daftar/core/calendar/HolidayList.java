package ir.daftar.core.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fixed list of holidays: the official days and the provisional ones (computed lunar holidays
 * not confirmed by an official list). Its version is a digest of the days and their kind, so two
 * lists with the same holidays have the same version wherever they were built.
 */
public final class HolidayList implements HolidayCalendar {

    private final Set<LocalDate> official;
    private final Set<LocalDate> provisional;
    private final String version;

    public HolidayList(Collection<LocalDate> official, Collection<LocalDate> provisional) {
        this.official = Set.copyOf(official);
        TreeSet<LocalDate> onlyProvisional = new TreeSet<>(provisional);
        onlyProvisional.removeAll(this.official);
        this.provisional = Set.copyOf(onlyProvisional);
        this.version = digest(new TreeSet<>(this.official), onlyProvisional);
    }

    @Override
    public boolean isOfficialHoliday(LocalDate day) {
        return official.contains(day) || provisional.contains(day);
    }

    @Override
    public boolean isProvisionalHoliday(LocalDate day) {
        return provisional.contains(day);
    }

    @Override
    public String version() {
        return version;
    }

    private static String digest(Set<LocalDate> official, Set<LocalDate> provisional) {
        StringBuilder text = new StringBuilder();
        official.forEach(d -> text.append('O').append(d).append('\n'));
        provisional.forEach(d -> text.append('P').append(d).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "hl-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
