package ir.daftar.api.notice;

import ir.daftar.core.notice.DeadlineKind;
import ir.daftar.core.notice.NoticeKind;
import ir.daftar.core.notice.RecipientRole;
import ir.daftar.core.notice.ViewChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON bodies of the notice endpoints. */
final class NoticeRequests {

    private NoticeRequests() {
    }

    /** For a defendant or lawyer, {@code mobile} and {@code electronicAddress} are their channels (A7). */
    record RecipientInput(@NotNull RecipientRole role, @NotNull @Size(max = 32) String nationalCode,
                          @Size(max = 200) String name, @Size(max = 32) String mobile,
                          @Size(max = 254) String electronicAddress) {
    }

    record DeadlineInput(@NotNull DeadlineKind kind, @NotNull Integer days) {
    }

    record IssueNoticeRequest(
            @NotNull @Size(max = 64) String filingId,
            @NotNull NoticeKind kind,
            @NotNull @Valid RecipientInput recipient,
            @NotNull @Size(max = 10_000) String text,
            @Size(max = 100) List<@Size(max = 64) String> documentSha256,
            @Valid DeadlineInput deadline) {
    }

    record ViewRequest(ViewChannel channel) {
    }

    record ReasonRequest(@NotNull @Size(max = 2000) String reason) {
    }

    /** The court's ruling on a claimed lack of access; {@code serviceAt} is required when upheld. */
    record LackOfAccessDecision(@NotNull Boolean upheld, Instant serviceAt, @NotNull @Size(max = 2000) String reason) {
    }
}
