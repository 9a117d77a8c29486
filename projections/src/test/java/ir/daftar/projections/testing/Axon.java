package ir.daftar.projections.testing;

import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * Drives a projection the way Axon does, through its annotations: events go to the
 * {@code @EventHandler}s (parameters such as {@code @SequenceNumber} resolved from the message),
 * a reset to the {@code @ResetHandler}, queries through a query bus to the {@code @QueryHandler}.
 */
public final class Axon {

    private final AnnotationEventHandlerAdapter events;
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();

    public Axon(Object projection) {
        this.events = new AnnotationEventHandlerAdapter(projection);
        new AnnotationQueryHandlerAdapter<>(projection).subscribe(queryBus);
    }

    public void feed(List<? extends EventMessage<?>> messages) {
        messages.forEach(this::feed);
    }

    public void feed(EventMessage<?> message) {
        try {
            events.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("handler failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }

    public boolean handles(Class<?> eventType) {
        return events.canHandleType(eventType);
    }

    public void reset() {
        events.prepareReset();
    }

    public <R> R query(Object query, Class<R> responseType) {
        try {
            QueryResponseMessage<R> response = queryBus
                    .query(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(responseType)))
                    .get();
            if (response.isExceptional()) {
                throw new IllegalStateException(response.exceptionResult());
            }
            return response.getPayload();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
