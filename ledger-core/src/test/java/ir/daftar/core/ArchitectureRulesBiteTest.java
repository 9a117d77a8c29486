package ir.daftar.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import ir.daftar.core.filing.FilingEvent;
import ir.daftar.core.office.OfficeCommand;
import org.junit.jupiter.api.Test;

/** The architecture rules must be able to fail: each is shown a class that breaks it. */
class ArchitectureRulesBiteTest {

    /** Named like an event, but a class. */
    static class SomethingHappenedEvent {
    }

    /** An event interface that is not sealed, with an event that is neither a record nor revisioned. */
    interface LooseEvent {
    }

    static class Happened implements LooseEvent {
    }

    /** A domain class reaching for JDBC. */
    static class ReadsTheDatabase {
        java.sql.Connection connection;
    }

    /** A command that is a class. */
    interface LooseCommand {
    }

    static class DoIt implements LooseCommand {
    }

    private static JavaClasses importing(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void an_event_suffix_on_a_class_is_reported() {
        EvaluationResult result = ArchitectureTest.no_class_is_named_event_except_the_sealed_event_interfaces
                .evaluate(importing(SomethingHappenedEvent.class, FilingEvent.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("SomethingHappenedEvent"));
        assertThat(result.getFailureReport().getDetails()).noneMatch(d -> d.contains("FilingEvent "));
    }

    @Test
    void an_event_that_is_no_record_has_no_revision_and_no_sealed_parent_is_reported() {
        EvaluationResult result = ArchitectureTest.events_are_revisioned_records_of_a_sealed_event_interface
                .evaluate(importing(Happened.class, LooseEvent.class, FilingEvent.FilingStarted.class, FilingEvent.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("Happened is not a record")
                .contains("Revision")
                .contains("Happened does not implement a sealed")
                .doesNotContain("FilingStarted");
    }

    @Test
    void a_dependency_on_jdbc_is_reported() {
        EvaluationResult result = ArchitectureTest.core_depends_on_no_framework_persistence_or_http
                .evaluate(importing(ReadsTheDatabase.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("java.sql.Connection");
    }

    @Test
    void a_command_that_is_not_a_record_of_a_sealed_interface_is_reported() {
        EvaluationResult result = ArchitectureTest.commands_are_records_of_a_sealed_command_interface
                .evaluate(importing(DoIt.class, LooseCommand.class, OfficeCommand.RegisterOffice.class, OfficeCommand.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("DoIt is not a record")
                .doesNotContain("RegisterOffice");
    }

    @Test
    void a_package_cycle_is_reported() {
        EvaluationResult result = ArchitectureTest.packages_are_free_of_cycles
                .evaluate(importing(ir.daftar.core.cyclea.Ping.class, ir.daftar.core.cycleb.Pong.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("Ping").contains("Pong");
    }

    @Test
    void fee_and_filing_no_longer_form_a_cycle() {
        EvaluationResult result = ArchitectureTest.packages_are_free_of_cycles
                .evaluate(importing(ir.daftar.core.fee.CourtFeeInputs.class, ir.daftar.core.common.FilingKind.class,
                        FilingEvent.CourtFeeAssessed.class, FilingEvent.class));

        assertThat(result.hasViolation()).isFalse();
    }
}
