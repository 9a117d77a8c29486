package ir.daftar.api.complaint;

import ir.daftar.core.budget.BoardDelegations;
import ir.daftar.core.budget.KanoonBudget;
import ir.daftar.core.complaint.Complaint;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The aggregates of ADR 1320, registered beside the others: complaints (A28(e)), a Kanoon's budget (A29), delegations (A30). */
@Configuration(proxyBeanMethods = false)
class ComplaintConfiguration {

    @Bean
    ConfigurerModule complaintAndBudgetAggregates() {
        return configurer -> configurer
                .configureAggregate(Complaint.class)
                .configureAggregate(KanoonBudget.class)
                .configureAggregate(BoardDelegations.class);
    }
}
