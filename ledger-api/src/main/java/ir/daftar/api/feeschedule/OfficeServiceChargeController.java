package ir.daftar.api.feeschedule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A37-12, A22(c) (ADR 0921, revisited): an office service charged on a filing at the counter, against the office
 * service fee schedule in force; its version is recorded with the charge, and a charge above it is refused.
 */
@RestController
@Tag(name = ApiDocs.TAG_FILINGS)
class OfficeServiceChargeController {

    private final OfficeServiceCharging charging;

    OfficeServiceChargeController(OfficeServiceCharging charging) {
        this.charging = charging;
    }

    @Operation(summary = "Charge an office service on a filing", description = """
            A37-12, A22(c): the office holding the filing charges for one of its services, at most the amount of the \
            office service fee schedule in force now (`A37_12_OFFICE_FEE_ABOVE_SCHEDULE`, field `amountRials`), for \
            a service that schedule names (`A37_12_SERVICE_NOT_IN_SCHEDULE`, field `service`), with a receipt (A37-6). \
            The charge records the schedule's version and its amount for the service.""" + ApiDocs.ROLES
            + ApiDocs.OFFICE_STAFF + ".")
    @ApiResponse(responseCode = "201", description = "Charged (OfficeServiceCharged)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"service":"PETITION_FILING","amountRials":"250000","receiptNumber":"RCPT-9001"}""")))
    @SendsCommand
    @PostMapping("/api/v1/filings/{filingId:[A-Za-z0-9\\-]{1,64}}/office-service-charges")
    ResponseEntity<OfficeServiceCharging.Charge> charge(@PathVariable String filingId,
                                                        @Valid @RequestBody OfficeServiceCharging.ChargeRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(charging.charge(filingId, body));
    }
}
