package ir.daftar.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tamper evidence for administrators: the signed checkpoints, the verifying key, a seal on demand. */
@RestController
@RequestMapping("/api/v1/admin/ledger")
@Tag(name = ApiDocs.TAG_ADMIN)
class LedgerAdminController {

    private final LedgerCheckpointer checkpointer;

    LedgerAdminController(LedgerCheckpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    @Schema(description = "The key that verifies the ledger's signed checkpoints")
    record PublicKey(@Schema(example = "Ed25519") String algorithm, String keyId,
                     @Schema(description = "Base64 X.509 (SubjectPublicKeyInfo)") String publicKey) {
    }

    @Operation(summary = "The signed checkpoints", description = """
            A12/A37-7: tamper evidence: every signed checkpoint of the global event stream (index range, Merkle \
            root, key id).""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "The checkpoints, oldest first")
    @GetMapping("/checkpoints")
    List<LedgerCheckpointer.Checkpoint> checkpoints() {
        return checkpointer.checkpoints();
    }

    @Operation(summary = "The verifying key", description = """
            A12/A37-7: the Ed25519 public key that verifies the checkpoints (`ops/verify-ledger.sh`)."""
            + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "200", description = "The key")
    @GetMapping("/public-key")
    PublicKey publicKey() {
        return new PublicKey("Ed25519", checkpointer.keyId(), checkpointer.publicKey());
    }

    @Operation(summary = "Seal a checkpoint now", description = """
            A12/A37-7: seals the settled events not yet covered into signed checkpoints now, instead of waiting \
            for the next periodic seal.""" + ApiDocs.ROLES + "ADMIN.")
    @ApiResponse(responseCode = "201", description = "The checkpoints sealed (none when nothing was waiting)")
    @PostMapping("/checkpoints")
    ResponseEntity<List<LedgerCheckpointer.Checkpoint>> seal() throws InterruptedException {
        return ResponseEntity.status(HttpStatus.CREATED).body(checkpointer.sealNow());
    }
}
