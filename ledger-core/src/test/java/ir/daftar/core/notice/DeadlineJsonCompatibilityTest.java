package ir.daftar.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import ir.daftar.core.notice.NoticeEvent.NoticeDeposited;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * ADR 0800: the holiday list version and the provisional holidays were added to {@link Deadline}
 * without a new revision; a {@code NoticeDeposited} stored before (revision 1 in its first form,
 * copied here as it was approved) still reads, with no version and no provisional holiday.
 */
class DeadlineJsonCompatibilityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .findAndRegisterModules();

    /** The approved JSON of NoticeDeposited before issue 22. */
    private static final String STORED_BEFORE = """
            {
              "noticeId" : "NTC-1405-000042",
              "filingId" : "0b8f3c2e-5a1d-4e7b-9c36-2d4f8a1e7b90",
              "recipientNationalCode" : "0011000015",
              "channel" : {
                "mobile" : "09121234567",
                "electronicAddress" : "sana:1234567890"
              },
              "servedAt" : "2026-05-31T06:30:00Z",
              "deadline" : {
                "rule" : {
                  "kind" : "APPEAL",
                  "days" : 20
                },
                "serviceDate" : "2026-05-31",
                "dueDate" : "2026-06-20"
              }
            }
            """;

    @Test
    void a_deadline_stored_before_the_holiday_list_version_still_reads() throws Exception {
        NoticeDeposited event = MAPPER.readValue(STORED_BEFORE, NoticeDeposited.class);

        assertThat(event.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 6, 20));
        assertThat(event.deadline().holidayListVersion()).isNull();
        assertThat(event.deadline().provisionalHolidays()).isEmpty();
        assertThat(event.deadline().restsOnProvisionalHoliday()).isFalse();
    }
}
