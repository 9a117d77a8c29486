package ir.daftar.api.status;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's public status lookup: the tracking code and the applicant's national code
 * (or legal person's national id) together. An unknown code and a wrong national code get the
 * same 404, so the lookup cannot be used to find out which codes exist. A code whose check digit
 * fails is a typo and is said to be one (400), which reveals nothing. Failed lookups are limited per
 * tracking code ({@link TrackingCodeThrottle}) besides the limit per client ({@link StatusLookupGuard}),
 * both answered 429 with {@code Retry-After} and the code {@code TOO_MANY_REQUESTS}. The lookup itself is
 * {@link StatusLookup}, which the public status page asks too.
 */
@RestController
@RequestMapping("/api/v1/status")
@Tag(name = ApiDocs.TAG_STATUS)
class StatusController {

    private final StatusLookup lookup;

    StatusController(StatusLookup lookup) {
        this.lookup = lookup;
    }

    @Operation(summary = "Look up a case's status", description = """
            A4/A12: the applicant's public status lookup, without login: the tracking code together with the \
            applicant's national code (or a legal person's national id), Persian digits accepted. An unknown code \
            and a wrong national code get the same 404; a code whose check digit fails is a typo (400). Rate \
            limited per client (429 with `Retry-After`); every lookup is logged with keyed hashes only. The status \
            and every step keep their stable codes (`status`, `steps[].step`) and carry their Persian and English \
            names beside them (`statusLabel`, `steps[].label`)."""
            + ApiDocs.NO_LOGIN)
    @ApiResponse(responseCode = "200", description = "The case's status and steps (no third-party personal data)")
    @ApiResponse(responseCode = "429", ref = "#/components/responses/TooManyRequests")
    @SecurityRequirements
    @GetMapping("/{trackingCode}")
    ResponseEntity<StatusAnswer> status(@Parameter(example = "4821093376510428") @PathVariable String trackingCode,
                                          @Parameter(example = "0089123451") @RequestParam String nationalCode,
                                          HttpServletRequest request) {
        String client = String.valueOf(request.getAttribute(StatusLookupGuard.CLIENT));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(lookup.answer(client, trackingCode, nationalCode));
    }
}
