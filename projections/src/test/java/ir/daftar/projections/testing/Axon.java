package ir.daftar.projections.testing;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * Drives a projection the way Axon does, through its annotations: events go to the
 * {@code @EventHandler}s (parameters such as {@code @SequenceNumber} resolved from the message),
 * a reset to the {@code @ResetHandler}, queries through a query bus to the {@code @QueryHandler}.
 * {@link #feed} calls the handlers outside any unit of work; {@link #feedAsOneBatch} hands a batch
 * over as a pooled streaming processor does.
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

    /**
     * As a pooled streaming processor hands over one batch: all messages in one
     * {@link BatchingUnitOfWork} with one transaction attached, committed after the last one.
     */
    public void feedAsOneBatch(List<? extends EventMessage<?>> messages, TransactionManager transactions) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(messages));
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> events.handle(unitOfWork.getMessage()));
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }

    /** Each message in a unit of work and a transaction of its own, as a processor with batches of one. */
    public void feedOneByOne(List<? extends EventMessage<?>> messages, TransactionManager transactions) {
        messages.forEach(message -> feedAsOneBatch(List.of(message), transactions));
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
