package ir.daftar.projections.notices;

import static ir.daftar.projections.testing.FilingStory.APPLICANT_NATIONAL_CODE;
import static ir.daftar.projections.testing.FilingStory.OTHER_NATIONAL_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import ir.daftar.core.notice.NoticeEvent;
import ir.daftar.projections.privacy.HmacPersonalDataHasher;
import ir.daftar.projections.testing.FilingStory;
import ir.daftar.projections.testing.NoticeStory;
import ir.daftar.projections.testing.ProjectionContract;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notices projection against one database; the subclasses pick H2 or PostgreSQL. */
abstract class NoticesProjectionContract extends ProjectionContract {

    private static final String FILING = "filing-office-1";

    private final ObjectMapper objectMapper = JsonMapper.builder().findAndAddModules().build();

    @Override
    protected Object projection(JdbcTemplate jdbc) {
        return new NoticesProjection(jdbc,
                new HmacPersonalDataHasher("test-key-test-key-test-key-test-key".getBytes(StandardCharsets.UTF_8)),
                objectMapper);
    }

    @Override
    protected List<String> tables() {
        return List.of("notice");
    }

    @Test
    void a8_the_inbox_holds_the_recipients_deposited_notices_only() {
        axon.feed(NoticeStory.servedAndViewed("notice-1", FILING));
        axon.feed(NoticeStory.issuedOnly("notice-2", FILING));

        List<NoticeView> inbox = axon.query(new FindInbox("۱۲" + APPLICANT_NATIONAL_CODE.substring(2)), NoticeList.class)
                .notices();
        List<NoticeView> someoneElse = axon.query(new FindInbox(OTHER_NATIONAL_CODE), NoticeList.class).notices();

        assertThat(inbox).extracting(NoticeView::noticeId).containsExactly("notice-1");
        assertThat(someoneElse).isEmpty();
        assertThat(jdbc.queryForList("SELECT * FROM notice").toString()).doesNotContain(APPLICANT_NATIONAL_CODE);
    }

    @Test
    void a8_court_staff_see_the_service_state_channel_deadline_alert_and_view() {
        axon.feed(NoticeStory.servedAndViewed("notice-1", FILING));
        axon.feed(NoticeStory.issuedOnly("notice-2", FILING));

        NoticeView view = axon.query(new FindNotice("notice-1"), NoticeView.class);

        assertThat(view.status()).isEqualTo("VIEWED");
        assertThat(view.channel()).isEqualTo(new NoticeView.Channel(FilingStory.MOBILE, FilingStory.EMAIL));
        assertThat(view.servedAt()).isEqualTo(NoticeStory.ISSUED_AT.plusSeconds(60));
        assertThat(view.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(view.deadline().dueDateJalali()).isEqualTo("1403/12/22");
        assertThat(view.deadline().serviceDateJalali()).isEqualTo("1403/12/11");
        assertThat(view.alert().status()).isEqualTo("DELIVERED");
        assertThat(view.viewChannel()).isEqualTo("SANA_ACCOUNT");
        assertThat(view.recipient().nationalCodeMasked()).isEqualTo("******7891");
        assertThat(view.documentSha256()).containsExactly("d".repeat(64));
        assertThat(axon.query(new FindNoticesOfFiling(FILING), NoticeList.class).notices()).hasSize(2);
    }

    @Test
    void a8_an_upheld_lack_of_access_moves_the_service_time_and_the_due_date() {
        axon.feed(NoticeStory.lackOfAccessUpheld("notice-3", FILING));

        NoticeView view = axon.query(new FindNotice("notice-3"), NoticeView.class);

        assertThat(view.lackOfAccess()).isEqualTo("UPHELD");
        assertThat(view.servedAt()).isEqualTo(NoticeStory.ISSUED_AT.plusSeconds(60).plus(java.time.Duration.ofDays(20)));
        assertThat(view.depositedAt()).isEqualTo(NoticeStory.ISSUED_AT.plusSeconds(60));
        assertThat(view.deadline().dueDate()).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void replaying_events_changes_nothing_and_an_old_event_does_not_undo_a_newer_one() {
        List<DomainEventMessage<NoticeEvent>> events = NoticeStory.servedAndViewed("notice-1", FILING);
        axon.feed(events);
        List<Map<String, Object>> once = jdbc.queryForList("SELECT * FROM notice");

        axon.feed(events.subList(1, events.size()));
        axon.feed(events.get(2));

        assertThat(jdbc.queryForList("SELECT * FROM notice")).isEqualTo(once);
    }

    @Test
    void reset_clears_the_table_and_a_replay_rebuilds_the_same_rows() {
        List<DomainEventMessage<NoticeEvent>> events = NoticeStory.servedAndViewed("notice-1", FILING);
        axon.feed(events);
        List<Map<String, Object>> built = jdbc.queryForList("SELECT * FROM notice");

        axon.reset();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Integer.class)).isZero();
        axon.feed(events);

        assertThat(jdbc.queryForList("SELECT * FROM notice")).isEqualTo(built);
    }

    @Test
    void adr0800_a_recomputed_deadline_shows_the_new_due_date_the_one_before_and_its_holiday_list() {
        axon.feed(NoticeStory.deadlineRecomputed("notice-4", FILING));

        NoticeView.Deadline d = axon.query(new FindNotice("notice-4"), NoticeView.class).deadline();

        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2025, 6, 28));
        assertThat(d.previousDueDate()).isEqualTo(LocalDate.of(2025, 6, 26));
        assertThat(d.previousDueDateJalali()).isEqualTo("1404/04/05");
        assertThat(d.holidayListVersion()).isEqualTo("hl-0000000000000002");
        assertThat(d.restsOnProvisionalHoliday()).isFalse();
        assertThat(d.recomputedAt()).isNotNull();
    }

    @Test
    void adr0800_a_deadline_on_a_provisional_holiday_says_so_and_open_deadlines_are_found() {
        List<DomainEventMessage<NoticeEvent>> events = NoticeStory.deadlineRecomputed("notice-5", FILING);
        axon.feed(events.subList(0, 2));
        axon.feed(NoticeStory.servedAndViewed("notice-1", FILING));

        NoticeView.Deadline d = axon.query(new FindNotice("notice-5"), NoticeView.class).deadline();

        assertThat(d.restsOnProvisionalHoliday()).isTrue();
        assertThat(d.provisionalHolidays()).containsExactly(LocalDate.of(2025, 6, 25));
        assertThat(d.provisionalHolidaysJalali()).containsExactly("1404/04/04");
        assertThat(d.previousDueDate()).isNull();
        assertThat(axon.query(new FindOpenDeadlines(LocalDate.of(2025, 6, 20)), OpenDeadlines.class).noticeIds())
                .containsExactly("notice-5");
        assertThat(axon.query(new FindOpenDeadlines(LocalDate.of(2025, 3, 1)), OpenDeadlines.class).noticeIds())
                .containsExactly("notice-1", "notice-5");
    }

    @Test
    void every_notice_event_is_handled() {
        assertThat(NoticeEvent.class.getPermittedSubclasses())
                .allSatisfy(type -> assertThat(axon.handles(type)).as(type.getSimpleName()).isTrue());
    }
}
