package ir.daftar.api.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.OpenApiConfiguration;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.api.problem.NotFound;
import ir.daftar.api.problem.Problems;
import ir.daftar.core.notice.NoticeCommand.RecordAlertDelivered;
import ir.daftar.core.notice.NoticeCommand.RecordAlertFailed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators (ADMIN) see the SMS alert outbox by status (e.g. the dead letters), retry a dead alert,
 * and record a delivery report from the SMS gateway. Numbers are shown masked.
 */
@RestController
@RequestMapping("/api/v1/admin/alerts")
@Tag(name = ApiDocs.TAG_ADMIN)
class AlertAdminController {

    private static final String ID = "{attemptId:[A-Za-z0-9:\\-]{1,120}}";

    private final AlertOutbox outbox;
    private final CommandGateway commands;
    private final Problems problems;
    private final Clock clock = Clock.systemUTC();

    AlertAdminController(AlertOutbox outbox, CommandGateway commands, Problems problems) {
        this.outbox = outbox;
        this.commands = commands;
        this.problems = problems;
    }

    record DeliveryReport(@NotNull Boolean delivered, @Size(max = 400) String detail) {
    }

    @Schema(description = "An SMS alert of a notice in the outbox (an alert only: service is the deposit, A8); the "
            + "number is masked")
    record AlertView(String attemptId, String noticeId, String filingId, @Schema(example = "0912***4567") String mobile,
                     @Schema(allowableValues = {"PENDING", "FAILED", "SENT", "DEAD"}) String status, int attempts,
                     int totalAttempts, Instant nextAttemptAt, String lastError, String gateway, Instant createdAt,
                     Instant updatedAt, Instant sentAt) {
    }

    @Schema(description = "The alerts with one status")
    record AlertList(String status, List<AlertView> alerts) {
    }

    @Schema(description = "A delivery report recorded")
    record DeliveryRecorded(String attemptId, String noticeId) {
    }

    @Operation(summary = "SMS alerts by status", description = """
            A8: the SMS alert outbox by status (`DEAD` by default: the alerts that gave up), newest first, at \
            most `limit` (1–1000).""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "The alerts")
    @GetMapping
    AlertList list(@RequestParam(defaultValue = "DEAD") String status,
                   @RequestParam(defaultValue = "100") int limit) {
        if (!List.of("PENDING", "FAILED", "SENT", "DEAD").contains(status)) {
            throw ir.daftar.api.problem.InvalidInput.of("status", "INVALID", "PENDING, FAILED, SENT or DEAD");
        }
        List<AlertView> alerts = outbox.withStatus(status, Math.max(1, Math.min(limit, 1000))).stream()
                .map(AlertAdminController::view).toList();
        return new AlertList(status, alerts);
    }

    /** A new round of tries for a dead alert, under the same attempt id. */
    @Operation(summary = "Retry a dead alert", description = """
            A8: a new round of tries for a dead alert, under the same attempt id (the SMS gateway de-duplicates \
            on it).""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "202", description = "Queued again",
            content = @Content(schema = @Schema(implementation = AlertView.class)))
    @ApiResponse(responseCode = "409", description = "The alert is not dead (`ALERT_NOT_DEAD`, with its `alertStatus`)",
            content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
                    schema = @Schema(ref = OpenApiConfiguration.PROBLEM)))
    @PostMapping(ID + "/retry")
    ResponseEntity<Object> retry(@PathVariable String attemptId) {
        AlertOutbox.Row row = outbox.find(attemptId).orElseThrow(() -> new NotFound("alert"));
        if (!outbox.retryDead(attemptId, clock.instant())) {
            ProblemDetail p = problems.of(HttpStatus.CONFLICT, "ALERT_NOT_DEAD");
            p.setProperty("alertStatus", row.status());
            return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(view(outbox.find(attemptId).orElseThrow()));
    }

    /** The SMS gateway's report: delivered to the phone (AlertDelivered) or not (AlertFailed). Neither is service. */
    @Operation(summary = "Record the SMS gateway's delivery report", description = """
            A8: the gateway's report that the alert reached the phone (AlertDelivered) or not (AlertFailed); \
            neither is service.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "202", description = "Recorded")
    @SendsCommand
    @PostMapping(ID + "/delivery-report")
    ResponseEntity<DeliveryRecorded> deliveryReport(@PathVariable String attemptId,
                                                    @Valid @RequestBody DeliveryReport body) {
        AlertOutbox.Row row = outbox.find(attemptId).orElseThrow(() -> new NotFound("alert"));
        if (body.delivered()) {
            commands.sendAndWait(new RecordAlertDelivered(row.noticeId(), attemptId));
        } else {
            commands.sendAndWait(new RecordAlertFailed(row.noticeId(), attemptId, row.totalAttempts(),
                    "reported undelivered" + (body.detail() == null ? "" : ": " + body.detail())));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new DeliveryRecorded(attemptId, row.noticeId()));
    }

    private static AlertView view(AlertOutbox.Row row) {
        return new AlertView(row.attemptId(), row.noticeId(), row.filingId(), row.alert().maskedMobile(), row.status(),
                row.attempts(), row.totalAttempts(), row.nextAttemptAt(), row.lastError(), row.gateway(), row.createdAt(),
                row.updatedAt(), row.sentAt());
    }
}
