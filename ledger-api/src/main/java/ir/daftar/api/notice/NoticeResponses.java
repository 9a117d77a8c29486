package ir.daftar.api.notice;

import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.core.calendar.JalaliDate;
import ir.daftar.core.notice.Deadline;
import ir.daftar.core.notice.DeadlineKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON answers of the notice endpoints (A7, A8). */
final class NoticeResponses {

    private NoticeResponses() {
    }

    @Schema(description = "The notice acted on")
    record NoticeRef(@Schema(example = "5b8e0c3a-1d2f-4a6b-9c7d-8e9f0a1b2c3d") String noticeId) {
    }

    @Schema(description = "A notice issued in a case; it is not served until deposited")
    record IssuedNotice(String noticeId, String filingId) {
    }

    @Schema(description = "The channels a notice was served to: those registered for the case at that moment (A7)")
    record ServiceChannel(@Schema(example = "09121234567") String mobile,
                          @Schema(example = "sana:1234567890") String electronicAddress) {
    }

    @Schema(description = "A deadline running from service, in both calendars; a due date on an official holiday moves "
            + "to the next working day. `holidayListVersion` names the holiday list it was computed with; "
            + "`restsOnProvisionalHoliday` says the due date was moved past a lunar holiday computed but not yet "
            + "confirmed by the official list (`provisionalHolidays`), so it may still change (ADR 0800)")
    record ServiceDeadline(DeadlineKind kind, @Schema(example = "10") int days, LocalDate serviceDate,
                           @Schema(example = "1405/09/11") String serviceDateJalali, LocalDate dueDate,
                           @Schema(example = "1405/09/22") String dueDateJalali,
                           @Schema(example = "hl-3f9a0c1d2e4b5a6c") String holidayListVersion,
                           boolean restsOnProvisionalHoliday, List<LocalDate> provisionalHolidays,
                           @Schema(example = "[\"1405/04/04\"]") List<String> provisionalHolidaysJalali) {

        static ServiceDeadline of(Deadline d) {
            return d == null ? null : new ServiceDeadline(d.rule().kind(), d.rule().days(), d.serviceDate(),
                    JalaliDate.of(d.serviceDate()).toString(), d.dueDate(), d.dueDateJalali().toString(),
                    d.holidayListVersion(), d.restsOnProvisionalHoliday(), d.provisionalHolidays(),
                    d.provisionalHolidays().stream().map(day -> JalaliDate.of(day).toString()).toList());
        }
    }

    @Schema(description = "Deposit in the recipient's SANA account: service (A8), to the channels in force now (A7)")
    record ServedNotice(String noticeId, Instant servedAt, ServiceChannel channel,
                        @Schema(description = "Absent (null) when the notice sets no deadline") ServiceDeadline deadline) {
    }

    @Schema(description = "When the recipient first viewed the notice (A8: the effect of actual service)")
    record RecordedView(String noticeId, Instant viewedAt) {
    }

    @Schema(description = "The court's ruling on a claimed lack of access: when upheld, the new service time and "
            + "deadline; when dismissed, only the notice id")
    record LackOfAccessRuling(String noticeId,
                              @Schema(description = "Only when upheld") Instant servedAt,
                              @Schema(description = "Only when upheld (null when the notice sets no deadline)")
                              ServiceDeadline deadline) {
    }
}
