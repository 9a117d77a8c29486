package ir.daftar.api.holidays;

import ir.daftar.core.calendar.HolidayEntry;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.LunarHoliday;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Official holidays shipped as data: the files under {@code holidays/} on the class path plus any
 * {@code *.txt} in the directory {@code daftar.holidays.location}; one Jalali date a line, then an
 * optional lunar holiday code ({@code ASHURA}, see {@link LunarHoliday}) and a note; {@code #} starts
 * a comment. A list loaded through the admin endpoint replaces the files for its year (ADR 0800).
 */
@Configuration(proxyBeanMethods = false)
class HolidayFiles {

    private static final Logger log = LoggerFactory.getLogger(HolidayFiles.class);

    /** The holidays of the files, as read at start. */
    record Shipped(List<HolidayEntry> entries) {
    }

    @Bean
    Shipped shippedHolidays(@Value("${daftar.holidays.location:}") String location) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:holidays/*.txt")));
        if (location != null && !location.isBlank()) {
            files.addAll(List.of(resolver.getResources("file:" + location.replaceAll("/+$", "") + "/*.txt")));
        }
        List<HolidayEntry> days = new ArrayList<>();
        for (Resource file : files) {
            days.addAll(read(file));
        }
        log.info("{} official holidays from {} file(s)", days.size(), files.size());
        return new Shipped(List.copyOf(days));
    }

    static List<HolidayEntry> read(Resource file) throws IOException {
        List<HolidayEntry> days = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                try {
                    days.add(entry(text));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("holiday file " + file.getFilename() + " line " + number + ": " + e.getMessage());
                }
            }
        }
        return days;
    }

    /** {@code 1405/04/05 ASHURA Ashura}, or {@code 1405/01/01 Nowruz}. */
    static HolidayEntry entry(String line) {
        String[] parts = line.split("\\s+", 3);
        JalaliDate date = JalaliDate.parse(parts[0]);
        LunarHoliday lunar = parts.length > 1 ? LunarHoliday.byCode(parts[1]).orElse(null) : null;
        String name = lunar != null ? (parts.length > 2 ? parts[2] : lunar.nameEn())
                : line.substring(parts[0].length()).strip();
        return new HolidayEntry(date, name, lunar);
    }
}
