package ir.daftar.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * House style, API: controllers talk to the command and query gateways and to their feature's
 * policy, never to tables, aggregates or read-model repositories; one package per feature, with no
 * cycle between packages. {@link ArchitectureRulesBiteTest} shows each rule a class that breaks it.
 */
class ArchitectureTest {

    /** Every package of the application (each sub-package its own slice) is free of cycles. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("ir.daftar.api.(**)")
            .should().beFreeOfCycles();

    /** Classes annotated with {@code @Controller} or an annotation carrying it ({@code @RestController}). */
    private static final DescribedPredicate<CanBeAnnotated> CONTROLLERS = CanBeAnnotated.Predicates.metaAnnotatedWith(
            Controller.class);

    /** Controllers are package-private: nothing outside their feature calls them. */
    static final ArchRule CONTROLLERS_PACKAGE_PRIVATE = classes().that(CONTROLLERS).and().areNotAnnotations()
            .should().notBePublic()
            .because("a controller is the feature's door, not a library for other packages");

    /** Controllers reach neither read-model repositories nor aggregate repositories. */
    static final ArchRule CONTROLLERS_USE_NO_REPOSITORY = noClasses().that(CONTROLLERS)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.modelling.command.Repository")
            .because("controllers ask the query gateway (read side) and send commands (write side)");

    /** Controllers reach no table, the event table included: no JDBC, no data source, no event store. */
    static final ArchRule CONTROLLERS_USE_NO_TABLE = noClasses().that(CONTROLLERS)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                    "org.springframework.jdbc..", "org.axonframework.eventsourcing.eventstore..",
                    "org.axonframework.eventhandling.tokenstore..")
            .because("the event table and the read models are read through queries, never by a controller");

    private static JavaClasses api;

    @BeforeAll
    static void importClasses() {
        api = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ir.daftar.api");
    }

    @Test
    void no_package_depends_on_itself_through_others() {
        NO_PACKAGE_CYCLES.check(api);
    }

    @Test
    void controllers_are_package_private() {
        CONTROLLERS_PACKAGE_PRIVATE.check(api);
    }

    @Test
    void controllers_touch_no_repository() {
        CONTROLLERS_USE_NO_REPOSITORY.check(api);
    }

    @Test
    void controllers_touch_no_table() {
        CONTROLLERS_USE_NO_TABLE.check(api);
    }

    @Test
    void production_security_knows_nothing_of_the_demo() {
        noClasses().that().resideInAPackage("ir.daftar.api.security..")
                .should().dependOnClassesThat().resideInAPackage("ir.daftar.api.demo..")
                .because("demo accounts come in through an AccountSource")
                .check(api);
    }
}
