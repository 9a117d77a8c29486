package ir.daftar.api.feeschedule;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.daftar.api.input.Inputs;
import ir.daftar.api.config.json.StrictJson;
import ir.daftar.api.openapi.ApiDocs;
import ir.daftar.api.openapi.SendsCommand;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.FilingEvent.OfficeServiceCharged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
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

    private final CommandGateway commands;

    OfficeServiceChargeController(CommandGateway commands) {
        this.commands = commands;
    }

    record ChargeRequest(@Schema(description = "The service's code in the fee schedule", example = "PETITION_FILING")
                         @NotNull @Size(max = 40) String service,
                         @JsonDeserialize(using = StrictJson.WholeNumberOrText.class)
                         @Schema(type = "string", example = "250000", description = "The amount charged, in rials")
                         @NotNull @Size(max = 32) String amountRials,
                         @Schema(description = "The receipt given (A37-6)", example = "RCPT-9001")
                         @NotNull @Size(max = 64) String receiptNumber) {
    }

    @Schema(description = "An office service charged: the amount and the schedule version it was charged under")
    record Charge(String filingId, String service, long amountRials, int scheduleVersion, long scheduleAmountRials,
                  String receiptNumber) {
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
    ResponseEntity<Charge> charge(@PathVariable String filingId, @Valid @RequestBody ChargeRequest body) {
        Inputs in = new Inputs();
        Long amount = in.required("amountRials", in.amount("amountRials", body.amountRials()));
        in.check();
        OfficeServiceCharged charged = commands.sendAndWait(new FilingCommand.ChargeOfficeService(filingId, body.service(),
                amount, body.receiptNumber()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Charge(filingId, charged.service(), charged.amountRials(),
                charged.scheduleVersion(), charged.scheduleAmountRials(), charged.receiptNumber()));
    }
}
