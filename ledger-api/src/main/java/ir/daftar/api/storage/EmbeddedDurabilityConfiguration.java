package ir.daftar.api.storage;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * On the embedded default (an H2 file database) the data source syncs every commit to the disk
 * before the caller hears of it: see {@link DurableCommits} and ADR 0010. PostgreSQL and an
 * in-memory H2 are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDurabilityConfiguration {

    @Bean
    static BeanPostProcessor durableEmbeddedCommits(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof DurableCommits)
                        && "dataSource".equals(name) && isEmbeddedFile(environment.getProperty("spring.datasource.url"))) {
                    return new DurableCommits(dataSource);
                }
                return bean;
            }
        };
    }

    /** An H2 database on disk: {@code jdbc:h2:file:...}, {@code jdbc:h2:./...}, {@code jdbc:h2:~/...}. */
    static boolean isEmbeddedFile(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return false;
        }
        String rest = url.substring("jdbc:h2:".length());
        return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
    }
}
