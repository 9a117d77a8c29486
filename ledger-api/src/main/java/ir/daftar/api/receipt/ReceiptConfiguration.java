package ir.daftar.api.receipt;

import ir.daftar.api.integrity.CheckpointSigner;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The receipts (ADR 1000): the key ring (the configured receipt keys, or the checkpoint key) and the issuer. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceiptProperties.class)
class ReceiptConfiguration {

    @Bean
    ReceiptKeyRing receiptKeyRing(ReceiptProperties properties, CheckpointSigner checkpointSigner) {
        return ReceiptKeyRing.of(properties, checkpointSigner.publicKey(), checkpointSigner::sign);
    }

    @Bean
    ReceiptLedger receiptLedger(JdbcTemplate jdbc, ReceiptKeyRing keys) {
        return new ReceiptLedger(jdbc, keys);
    }

    @Bean
    ReceiptIssuer receiptIssuer(JdbcTemplate jdbc, ReceiptKeyRing keys) {
        return new ReceiptIssuer(jdbc, keys, Clock.systemUTC());
    }
}
