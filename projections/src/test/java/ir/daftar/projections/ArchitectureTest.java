package ir.daftar.projections;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Design, Modules: dependencies point one way, ledger-api → projections → ledger-core; ops may use all. */
class ArchitectureTest {

    private static JavaClasses projections;

    @BeforeAll
    static void importClasses() {
        projections = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ir.daftar.projections");
    }

    @Test
    void projections_do_not_depend_on_the_application_or_on_ops() {
        noClasses().that().resideInAPackage("ir.daftar.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("ir.daftar.api..", "ir.daftar.ops..")
                .because("ledger-api and ops depend on projections, never the other way")
                .check(projections);
    }

    @Test
    void each_read_model_stands_alone() {
        noClasses().that().resideInAPackage("ir.daftar.projections.casestatus..")
                .should().dependOnClassesThat().resideInAPackage("ir.daftar.projections.casehistory..")
                .check(projections);
        noClasses().that().resideInAPackage("ir.daftar.projections.casehistory..")
                .should().dependOnClassesThat().resideInAPackage("ir.daftar.projections.casestatus..")
                .check(projections);
        noClasses().that().resideInAPackage("ir.daftar.projections.notices..")
                .should().dependOnClassesThat().resideInAnyPackage("ir.daftar.projections.casestatus..",
                        "ir.daftar.projections.casehistory..")
                .check(projections);
    }

    @Test
    void the_shared_support_knows_no_read_model() {
        noClasses().that().resideInAPackage("ir.daftar.projections.support..")
                .should().dependOnClassesThat(resideInAPackage("ir.daftar.projections..")
                        .and(resideOutsideOfPackage("ir.daftar.projections.support..")))
                .because("every read model may use it, so it may use none of them")
                .check(projections);
    }
}
