package ir.daftar.api.notice;

import ir.daftar.core.filing.CaseSnapshot;
import ir.daftar.core.filing.Filing;
import ir.daftar.core.notice.CaseDirectory;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The case as the filing ledger itself holds it (the Filing aggregate), so a notice is deposited to
 * the contact details in force at that very moment (A7), never a projection that may lag behind.
 */
@Component
class AggregateCaseDirectory implements CaseDirectory {

    private final Configuration axon;

    AggregateCaseDirectory(Configuration axon) {
        this.axon = axon;
    }

    @Override
    public Optional<CaseSnapshot> find(String filingId) {
        if (filingId == null) {
            return Optional.empty();
        }
        if (CurrentUnitOfWork.isStarted()) {
            return load(filingId);
        }
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> load(filingId)).getPayload();
    }

    private Optional<CaseSnapshot> load(String filingId) {
        Repository<Filing> filings = axon.repository(Filing.class);
        try {
            return Optional.of(filings.load(filingId).invoke(Filing::caseSnapshot));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
