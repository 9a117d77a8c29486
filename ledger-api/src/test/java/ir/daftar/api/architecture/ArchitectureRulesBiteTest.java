package ir.daftar.api.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import ir.daftar.api.architecture.bad.one.LoopOne;
import ir.daftar.api.architecture.bad.two.LoopTwo;
import javax.sql.DataSource;
import org.axonframework.modelling.command.Repository;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RestController;

/** The architecture rules must be able to fail: each is shown a class that breaks it, and one that keeps it. */
class ArchitectureRulesBiteTest {

    @RestController
    public static class PublicController {
    }

    @RestController
    static class PoliteController {
    }

    @RestController
    static class ControllerWithAnAggregateRepository {
        Repository<Object> aggregates;
    }

    static class CaseStatusRepository {
    }

    @RestController
    static class ControllerWithAReadModelRepository {
        CaseStatusRepository rows;
    }

    @RestController
    static class ControllerWithJdbc {
        JdbcTemplate jdbc;
    }

    @RestController
    static class ControllerWithADataSource {
        DataSource dataSource;
    }

    @Test
    void a_package_cycle_is_refused() {
        assertThat(violated(ArchitectureTest.NO_PACKAGE_CYCLES, LoopOne.class, LoopTwo.class)).isTrue();
        assertThat(violated(ArchitectureTest.NO_PACKAGE_CYCLES, LoopOne.class)).isFalse();
    }

    @Test
    void a_public_controller_is_refused() {
        assertThat(violated(ArchitectureTest.CONTROLLERS_PACKAGE_PRIVATE, PublicController.class)).isTrue();
        assertThat(violated(ArchitectureTest.CONTROLLERS_PACKAGE_PRIVATE, PoliteController.class)).isFalse();
    }

    @Test
    void a_controller_with_a_repository_is_refused() {
        assertThat(violated(ArchitectureTest.CONTROLLERS_USE_NO_REPOSITORY, ControllerWithAnAggregateRepository.class))
                .isTrue();
        assertThat(violated(ArchitectureTest.CONTROLLERS_USE_NO_REPOSITORY, ControllerWithAReadModelRepository.class))
                .isTrue();
        assertThat(violated(ArchitectureTest.CONTROLLERS_USE_NO_REPOSITORY, PoliteController.class)).isFalse();
    }

    @Test
    void a_controller_with_jdbc_or_a_data_source_is_refused() {
        assertThat(violated(ArchitectureTest.CONTROLLERS_USE_NO_TABLE, ControllerWithJdbc.class)).isTrue();
        assertThat(violated(ArchitectureTest.CONTROLLERS_USE_NO_TABLE, ControllerWithADataSource.class)).isTrue();
        assertThat(violated(ArchitectureTest.CONTROLLERS_USE_NO_TABLE, PoliteController.class)).isFalse();
    }

    private static boolean violated(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.allowEmptyShould(true).evaluate(imported).hasViolation();
    }
}
