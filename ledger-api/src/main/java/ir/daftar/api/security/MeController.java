package ir.daftar.api.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.core.common.ActorRole;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the account, role and office of the caller. */
@RestController
@Tag(name = ApiDocs.TAG_ACCOUNT)
class MeController {

    @Schema(description = "The signed-in account: its role and the office, authority or reporting body it acts for")
    record Me(@Schema(example = "clerk1001") String username, ActorRole role,
              @Schema(example = "OFF-1001") String officeId, String authorityId, String reportingBodyId) {
    }

    @Operation(summary = "Who am I", description = """
            A12: the account, its role and the office, authority or reporting body it acts for (office roles act \
            only for their own office).""" + ApiDocs.ANY_SIGNED_IN)
    @ApiResponse(responseCode = "200", description = "The caller")
    @GetMapping("/api/v1/me")
    Me me() {
        DaftarPrincipal p = CurrentActor.signedIn();
        return new Me(p.username(), p.role(), p.officeId(), p.authorityId(), p.reportingBodyId());
    }
}
