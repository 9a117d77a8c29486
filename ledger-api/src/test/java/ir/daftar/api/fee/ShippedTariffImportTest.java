package ir.daftar.api.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ir.daftar.api.fee.TariffConfiguration.ShippedTariffs;
import ir.daftar.core.fee.CourtFeeTariff;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** Recording the shipped tariffs never stops a start: a conflict is tried again at once, an outage later. */
class ShippedTariffImportTest {

    private final ShippedTariffs shipped = new ShippedTariffs(List.of(mock(CourtFeeTariff.class)), List.of("court-fee-1404.json"));
    private final CommandGateway commands = mock(CommandGateway.class);

    @Test
    void a_second_instance_recording_at_the_same_moment_is_tried_again_at_once() {
        when(commands.sendAndWait(any(CommandMessage.class))).thenThrow(new ConcurrencyException("appended meanwhile"))
                .thenReturn(null);
        new ShippedTariffImport(shipped, commands).run(new DefaultApplicationArguments());
        verify(commands, times(2)).sendAndWait(any(CommandMessage.class));
    }

    @Test
    void an_event_store_out_of_reach_does_not_stop_the_start_and_the_retries_end_with_the_application() throws Exception {
        when(commands.sendAndWait(any(CommandMessage.class))).thenThrow(new IllegalStateException("no Axon Server"));
        ShippedTariffImport importer = new ShippedTariffImport(shipped, commands);
        assertThatCode(() -> importer.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
        verify(commands, times(2)).sendAndWait(any(CommandMessage.class));
        assertThat(importer.recordAll()).isFalse();
        Thread retrying = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("shipped-tariffs"))
                .findFirst().orElseThrow();
        importer.destroy(); // the application closes: its retries end with it
        retrying.join(5_000);
        assertThat(retrying.isAlive()).isFalse();
    }
}
