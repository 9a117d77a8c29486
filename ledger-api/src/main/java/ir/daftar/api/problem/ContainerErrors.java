package ir.daftar.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem documents for requests refused before any controller (issue 12): by Tomcat (its error report
 * valve) and by Spring Security's firewall (its rejected-request handler). Both answer 400
 * {@code MALFORMED_REQUEST}, or 405 for a method the firewall does not let through, in the request's
 * language like every other answer, with the path as its {@code instance} only when that path is a valid
 * URI reference.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrors.class);

    /** The methods Spring Security's {@code StrictHttpFirewall} lets through by default. */
    private static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    /**
     * Our valve in place of Tomcat's on the host. Spring Boot adds its own {@link ErrorReportValve} (without
     * the server's version) in a context customizer of its own; this one runs after it, takes that valve
     * out, and names its own class as the host's error valve so Tomcat does not add another on start.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ObjectProvider<ProblemWriter> problems) {
        return new ContainerErrorCustomizer(problems);
    }

    /**
     * The firewall refuses paths with an encoded semicolon, slash, backslash or NUL, double slashes,
     * {@code ..} segments, and methods such as {@code TRACE}; its default answer is a bare 400 with the
     * error page's body.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> {
            HttpStatus status = methodRefused(request) ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.BAD_REQUEST;
            log.debug("refused by the firewall ({}): {}", status.value(), rejected.getMessage());
            problems.write(request, response, status, Problems.codeFor(status));
        };
    }

    private static boolean methodRefused(HttpServletRequest request) {
        return !FIREWALL_METHODS.contains(request.getMethod());
    }

    private static final class ContainerErrorCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        private final ObjectProvider<ProblemWriter> problems;

        ContainerErrorCustomizer(ObjectProvider<ProblemWriter> problems) {
            this.problems = problems;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve(problems::getObject));
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        /** After Spring Boot's own customizers, whose context customizer adds the valve this one replaces. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
