package ir.daftar.api.integrity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence for administrators: the signed checkpoints, the verifying key, a seal on demand. */
@RestController
@RequestMapping("/api/v1/admin/ledger")
class LedgerAdminController {

    private final LedgerCheckpointer checkpointer;

    LedgerAdminController(LedgerCheckpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    @GetMapping("/checkpoints")
    List<LedgerCheckpointer.Checkpoint> checkpoints() {
        return checkpointer.checkpoints();
    }

    @GetMapping("/public-key")
    Map<String, Object> publicKey() {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("algorithm", "Ed25519");
        key.put("keyId", checkpointer.keyId());
        key.put("publicKey", checkpointer.publicKey());
        return key;
    }

    @PostMapping("/checkpoints")
    ResponseEntity<List<LedgerCheckpointer.Checkpoint>> seal() throws InterruptedException {
        return ResponseEntity.status(HttpStatus.CREATED).body(checkpointer.sealNow());
    }
}
