package ir.daftar.api.office;

import ir.daftar.core.office.Office;
import ir.daftar.core.office.OfficeDirectory;
import ir.daftar.core.office.OfficeStaffing;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The office directory read from the office ledger itself (the Office aggregate), so that
 * A15 is checked against the staffing as it is at the moment of the act, never a stale copy.
 */
@Component
class AggregateOfficeDirectory implements OfficeDirectory {

    private final Configuration axon;

    AggregateOfficeDirectory(Configuration axon) {
        this.axon = axon;
    }

    @Override
    public Optional<OfficeStaffing> staffingOf(String officeId) {
        if (officeId == null) {
            return Optional.empty();
        }
        if (CurrentUnitOfWork.isStarted()) {
            return load(officeId);
        }
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> load(officeId)).getPayload();
    }

    private Optional<OfficeStaffing> load(String officeId) {
        Repository<Office> offices = axon.repository(Office.class);
        try {
            return Optional.of(offices.load(officeId).invoke(Office::staffing));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
