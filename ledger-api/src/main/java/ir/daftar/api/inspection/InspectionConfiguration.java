package ir.daftar.api.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import ir.daftar.core.fee.CourtFeeTariffs;
import ir.daftar.core.inspection.AuditLimits;
import ir.daftar.projections.replay.AsOfViews;
import ir.daftar.projections.store.EventStoreCursor;
import ir.daftar.projections.replay.OfficeReplay;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inspectors' tools: the event-store cursor, the office replay with its limits, the as-of views. */
@Configuration(proxyBeanMethods = false)
class InspectionConfiguration {

    @Bean
    EventStoreCursor eventStoreCursor(DataSource dataSource, @Qualifier("eventSerializer") Serializer serializer) {
        return new EventStoreCursor(dataSource, serializer);
    }

    /** A37-4 limits from {@code daftar.audit.*}; defaults documented in docs/inspection.md. */
    @Bean
    AuditLimits auditLimits(@Value("${daftar.audit.received-to-digitized:PT24H}") Duration receivedToDigitized,
                            @Value("${daftar.audit.fee-paid-to-submitted:P3D}") Duration feePaidToSubmitted,
                            @Value("${daftar.audit.verified-to-submitted:P2D}") Duration verifiedToSubmitted) {
        return new AuditLimits(receivedToDigitized, feePaidToSubmitted, verifiedToSubmitted);
    }

    @Bean
    OfficeReplay officeReplay(EventStoreCursor cursor, CourtFeeTariffs tariffs, AuditLimits limits) {
        return new OfficeReplay(cursor, tariffs, limits);
    }

    @Bean
    AsOfViews asOfViews(EventStoreCursor cursor, ObjectMapper objectMapper) {
        return new AsOfViews(cursor, objectMapper);
    }
}
