package ir.daftar.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.axonframework.serialization.Revision;

/**
 * The domain stays a domain (style.md, "Layout" and "Messages"): no Spring, persistence,
 * SQL, HTTP or servlets in ledger-core; events and commands are records of sealed interfaces.
 */
@AnalyzeClasses(packages = "ir.daftar.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "ir.daftar.core..";

    @ArchTest
    static final ArchRule core_depends_on_no_framework_persistence_or_http = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "javax.persistence..",
                    "java.sql..",
                    "javax.sql..",
                    "java.net.http..",
                    "jakarta.servlet..",
                    "javax.servlet..",
                    "org.hibernate..")
            .because("ledger-core depends on Axon's modelling and event-sourcing modules only (style.md, Layout)");

    @ArchTest
    static final ArchRule core_uses_jackson_annotations_only = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
            .because("serialization is configured by the application; the domain only annotates its value objects");

    @ArchTest
    static final ArchRule events_are_revisioned_records_of_a_sealed_event_interface = classes()
            .that(implementAnInterfaceEndingWith("Event"))
            .should(beRecords())
            .andShould().beAnnotatedWith(Revision.class)
            .andShould(implementASealedInterfaceEndingWith("Event"))
            .because("events are records, past tense, nested in one sealed ...Event interface, @Revision from the start");

    @ArchTest
    static final ArchRule only_events_carry_a_revision = classes()
            .that().areAnnotatedWith(Revision.class)
            .should(implementASealedInterfaceEndingWith("Event"));

    @ArchTest
    static final ArchRule no_class_is_named_event_except_the_sealed_event_interfaces = classes()
            .that().haveSimpleNameEndingWith("Event")
            .should().beInterfaces()
            .andShould(beSealed())
            .because("events are named in the past tense without an Event suffix");

    @ArchTest
    static final ArchRule commands_are_records_of_a_sealed_command_interface = classes()
            .that(implementAnInterfaceEndingWith("Command"))
            .should(beRecords())
            .andShould(implementASealedInterfaceEndingWith("Command"))
            .andShould().notBeAnnotatedWith(Revision.class);

    @ArchTest
    static final ArchRule no_class_is_named_command_except_the_sealed_command_interfaces = classes()
            .that().haveSimpleNameEndingWith("Command")
            .should().beInterfaces()
            .andShould(beSealed());

    /**
     * No package of ledger-core depends, directly or through others, on itself (style.md, "Layout":
     * one package per feature, each depending on the ones below it). {@code FilingKind} lives in
     * {@code common}, which {@code fee} and {@code filing} both read.
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = packagesFreeOfCycles();

    /** The cycle rule (also used by {@link ArchitectureRulesBiteTest}). */
    static SliceRule packagesFreeOfCycles() {
        return slices().matching("ir.daftar.core.(*)..").should().beFreeOfCycles();
    }

    // ---- predicates and conditions ---------------------------------------------------------

    private static DescribedPredicate<JavaClass> implementAnInterfaceEndingWith(String suffix) {
        return DescribedPredicate.describe("implement an ir.daftar.core interface named ...%s".formatted(suffix),
                c -> !c.isInterface() && c.getAllRawInterfaces().stream().anyMatch(i -> isCoreInterfaceEndingWith(i, suffix)));
    }

    private static boolean isCoreInterfaceEndingWith(JavaClass type, String suffix) {
        return type.isInterface() && type.getPackageName().startsWith("ir.daftar.core") && type.getSimpleName().endsWith(suffix);
    }

    private static ArchCondition<JavaClass> beRecords() {
        return new ArchCondition<>("be records") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                events.add(new SimpleConditionEvent(item, item.isRecord(), item.getName() + (item.isRecord() ? " is" : " is not")
                        + " a record"));
            }
        };
    }

    private static ArchCondition<JavaClass> beSealed() {
        return new ArchCondition<>("be sealed") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean sealed = item.reflect().isSealed();
                events.add(new SimpleConditionEvent(item, sealed, item.getName() + (sealed ? " is" : " is not") + " sealed"));
            }
        };
    }

    private static ArchCondition<JavaClass> implementASealedInterfaceEndingWith(String suffix) {
        return new ArchCondition<>("implement a sealed ir.daftar.core interface named ...%s that permits it".formatted(suffix)) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Class<?> type = item.reflect();
                boolean ok = item.getAllRawInterfaces().stream()
                        .filter(i -> isCoreInterfaceEndingWith(i, suffix))
                        .map(JavaClass::reflect)
                        .anyMatch(i -> i.isSealed() && java.util.Arrays.asList(i.getPermittedSubclasses()).contains(type));
                events.add(new SimpleConditionEvent(item, ok, item.getName() + (ok ? " implements" : " does not implement")
                        + " a sealed ...%s interface that permits it".formatted(suffix)));
            }
        };
    }
}
