package ir.daftar.api.notice;

import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.calendar.OfficialHolidays;
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
 * Official holidays are data: the files shipped under {@code holidays/} plus any {@code *.txt} in
 * the directory {@code daftar.holidays.location}; one Jalali date a line, {@code #} starts a comment.
 * The bean is the {@link ir.daftar.core.calendar.HolidayCalendar} the notice ledger computes deadlines with.
 */
@Configuration(proxyBeanMethods = false)
class HolidayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HolidayConfiguration.class);

    @Bean
    OfficialHolidays officialHolidays(@Value("${daftar.holidays.location:}") String location) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath*:holidays/*.txt")));
        if (location != null && !location.isBlank()) {
            files.addAll(List.of(resolver.getResources("file:" + location.replaceAll("/+$", "") + "/*.txt")));
        }
        List<JalaliDate> days = new ArrayList<>();
        for (Resource file : files) {
            days.addAll(read(file));
        }
        OfficialHolidays holidays = new OfficialHolidays(days);
        log.info("{} official holidays from {} file(s)", holidays.jalaliDates().size(), files.size());
        return holidays;
    }

    static List<JalaliDate> read(Resource file) throws IOException {
        List<JalaliDate> days = new ArrayList<>();
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
                    days.add(JalaliDate.parse(text.split("\\s+", 2)[0]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("holiday file " + file.getFilename() + " line " + number + ": " + e.getMessage());
                }
            }
        }
        return days;
    }
}
