package ir.daftar.api.feeschedule;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import ir.daftar.api.config.json.StrictJson;
import ir.daftar.api.input.Inputs;
import ir.daftar.core.filing.FilingCommand;
import ir.daftar.core.filing.FilingEvent.OfficeServiceCharged;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * A37-12 (ADR 0921, revisited): an office service charged on a filing, one way for the API and the counter page: the
 * amount read as the API reads amounts, the command sent, the charge as recorded (with its schedule version) returned.
 */
@Component
public class OfficeServiceCharging {

    /** The charge as the request names it (the counter page sends the same). */
    public record ChargeRequest(@Schema(description = "The service's code in the fee schedule", example = "PETITION_FILING")
                                @NotNull @Size(max = 40) String service,
                                @JsonDeserialize(using = StrictJson.WholeNumberOrText.class)
                                @Schema(type = "string", example = "250000", description = "The amount charged, in rials")
                                @NotNull @Size(max = 32) String amountRials,
                                @Schema(description = "The receipt given (A37-6)", example = "RCPT-9001")
                                @NotNull @Size(max = 64) String receiptNumber) {
    }

    @Schema(description = "An office service charged: the amount and the schedule version it was charged under")
    public record Charge(String filingId, String service, long amountRials, int scheduleVersion,
                         long scheduleAmountRials, String receiptNumber) {
    }

    private final CommandGateway commands;

    OfficeServiceCharging(CommandGateway commands) {
        this.commands = commands;
    }

    /** Charges the service; a refusal is thrown as the command's (422 with its rule) or the input's (400, its field). */
    public Charge charge(String filingId, ChargeRequest body) {
        Inputs in = new Inputs();
        Long amount = in.required("amountRials", in.amount("amountRials", body.amountRials()));
        in.check();
        OfficeServiceCharged charged = commands.sendAndWait(new FilingCommand.ChargeOfficeService(filingId, body.service(),
                amount, body.receiptNumber()));
        return new Charge(filingId, charged.service(), charged.amountRials(), charged.scheduleVersion(),
                charged.scheduleAmountRials(), charged.receiptNumber());
    }
}
