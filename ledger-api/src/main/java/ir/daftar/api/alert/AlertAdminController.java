package ir.daftar.api.alert;

import ir.daftar.api.problem.NotFound;
import ir.daftar.api.problem.Problems;
import ir.daftar.core.notice.NoticeCommand.RecordAlertDelivered;
import ir.daftar.core.notice.NoticeCommand.RecordAlertFailed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "DEAD") String status,
                             @RequestParam(defaultValue = "100") int limit) {
        if (!List.of("PENDING", "FAILED", "SENT", "DEAD").contains(status)) {
            throw ir.daftar.api.problem.InvalidInput.of("status", "INVALID", "PENDING, FAILED, SENT or DEAD");
        }
        List<Map<String, Object>> alerts = outbox.withStatus(status, Math.max(1, Math.min(limit, 1000))).stream()
                .map(AlertAdminController::view).toList();
        return Map.of("status", status, "alerts", alerts);
    }

    /** A new round of tries for a dead alert, under the same attempt id. */
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
    @PostMapping(ID + "/delivery-report")
    ResponseEntity<Map<String, Object>> deliveryReport(@PathVariable String attemptId,
                                                       @Valid @RequestBody DeliveryReport body) {
        AlertOutbox.Row row = outbox.find(attemptId).orElseThrow(() -> new NotFound("alert"));
        if (body.delivered()) {
            commands.sendAndWait(new RecordAlertDelivered(row.noticeId(), attemptId));
        } else {
            commands.sendAndWait(new RecordAlertFailed(row.noticeId(), attemptId, row.totalAttempts(),
                    "reported undelivered" + (body.detail() == null ? "" : ": " + body.detail())));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("attemptId", attemptId, "noticeId", row.noticeId()));
    }

    private static Map<String, Object> view(AlertOutbox.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attemptId", row.attemptId());
        m.put("noticeId", row.noticeId());
        m.put("filingId", row.filingId());
        m.put("mobile", row.alert().maskedMobile());
        m.put("status", row.status());
        m.put("attempts", row.attempts());
        m.put("totalAttempts", row.totalAttempts());
        m.put("nextAttemptAt", row.nextAttemptAt());
        m.put("lastError", row.lastError());
        m.put("gateway", row.gateway());
        m.put("createdAt", row.createdAt());
        m.put("updatedAt", row.updatedAt());
        m.put("sentAt", row.sentAt());
        return m;
    }
}
