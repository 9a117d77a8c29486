package ir.daftar.api.config.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnitOfWorkTimeLimitsTest {

    private final UnitOfWorkTimeLimits limits = new UnitOfWorkTimeLimits(Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofMillis(600));

    @AfterEach
    void close() {
        limits.close();
    }

    /** Runs {@code work} as a command's unit of work through the interceptor, as the command bus does. */
    private Object run(Callable<Object> work) throws Exception {
        DefaultUnitOfWork<Message<?>> uow = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("c"));
        MessageHandler<Message<?>> handler = m -> work.call();
        DefaultInterceptorChain<Message<?>> chain = new DefaultInterceptorChain<>(uow,
                List.of(limits.interceptor("command bus")), handler);
        var result = uow.executeWithResult(chain::proceed);
        if (result.isExceptional()) {
            throw (Exception) result.exceptionResult();
        }
        return result.getPayload();
    }

    @Test
    void a_unit_of_work_within_its_limit_is_left_alone_and_forgotten_when_it_ends() throws Exception {
        Object result = run(() -> {
            assertThat(limits.running()).isEqualTo(1);
            Thread.sleep(300); // warned about, not interrupted
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(Thread.interrupted()).isFalse();
        assertThat(limits.running()).isZero();
    }

    @Test
    void a_unit_of_work_over_its_limit_is_interrupted_and_rolled_back() throws Exception {
        long start = System.nanoTime();
        Object result = run(() -> {
            try {
                Thread.sleep(10_000);
                return "slept";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(result).isEqualTo("interrupted");
        assertThat(tookMs).isBetween(600L, 600L + 3 * UnitOfWorkTimeLimits.TICK.toMillis());
        assertThat(limits.running()).isZero();
    }

    @Test
    void a_failed_unit_of_work_is_forgotten_too() {
        assertThatThrownBy(() -> run(() -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(limits.running()).isZero();
    }
}
