package ir.daftar.api.report;

import ir.daftar.core.filing.CaseDirectory;
import ir.daftar.core.filing.Filing;
import ir.daftar.core.report.ReportingBody;
import ir.daftar.core.report.ReportingBodyDirectory;
import ir.daftar.core.report.ReportingBodyRegistration;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;

/**
 * The case directory and the reporting-body directory read from their ledgers (the Filing and
 * ReportingBody aggregates), so that A9/A10 are checked against the state at the moment of the act.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AggregateDirectories {

    @Bean
    CaseDirectory caseDirectory(Configuration axon) {
        return filingId -> load(axon, Filing.class, filingId, Filing::caseReference);
    }

    @Bean
    ReportingBodyDirectory reportingBodyDirectory(Configuration axon) {
        return bodyId -> load(axon, ReportingBody.class, bodyId, ReportingBody::registration);
    }

    private static <A, R> Optional<R> load(Configuration axon, Class<A> type, String id, Function<A, R> read) {
        if (id == null || id.isBlank() || id.length() > 255) {
            return Optional.empty();
        }
        if (CurrentUnitOfWork.isStarted()) {
            return doLoad(axon, type, id, read);
        }
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> doLoad(axon, type, id, read)).getPayload();
    }

    private static <A, R> Optional<R> doLoad(Configuration axon, Class<A> type, String id, Function<A, R> read) {
        Repository<A> repository = axon.repository(type);
        try {
            return Optional.of(repository.load(id).invoke(read));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            // unknown, or the id of another kind of aggregate
            return Optional.empty();
        }
    }
}
