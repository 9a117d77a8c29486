package ir.daftar.api.budget;

import ir.daftar.api.office.OfficeRegistry;
import ir.daftar.core.budget.CoveredOffices;
import ir.daftar.core.kanoon.KanoonCoverage;
import ir.daftar.core.kanoon.KanoonRegistry;
import ir.daftar.core.kanoon.OfficeLocator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A25/A29 (ADR 1320): the offices a Kanoon covers now: every registered office (oldest first) whose province now (as
 * registered, or as its last approved relocation) the Kanoon covers. Read at the moment of invoicing, a rare act.
 */
@Component
class RegistryCoveredOffices implements CoveredOffices {

    private final OfficeRegistry offices;
    private final OfficeLocator locator;
    private final KanoonRegistry registry;

    RegistryCoveredOffices(OfficeRegistry offices, OfficeLocator locator, KanoonRegistry registry) {
        this.offices = offices;
        this.locator = locator;
        this.registry = registry;
    }

    @Override
    public List<String> coveredBy(String kanoonId) {
        KanoonCoverage coverage = new KanoonCoverage(registry.formed());
        return offices.all().stream().map(OfficeRegistry.Registered::officeId)
                .filter(office -> locator.provinceOf(office).flatMap(coverage::kanoonFor).filter(kanoonId::equals).isPresent())
                .toList();
    }
}
