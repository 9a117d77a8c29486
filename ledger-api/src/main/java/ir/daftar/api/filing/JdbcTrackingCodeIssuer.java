package ir.daftar.api.filing;

import ir.daftar.core.filing.TrackingCode;
import ir.daftar.core.filing.TrackingCodeIssuer;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Draws random tracking codes from a cryptographic generator and reserves each in
 * {@code tracking_code_registry}, in the transaction of the command that issues it. A clash
 * (one in 10^15 per draw) simply draws again; the reservation rolls back with the command.
 */
@Component
class JdbcTrackingCodeIssuer implements TrackingCodeIssuer {

    private static final int ATTEMPTS = 8;

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    JdbcTrackingCodeIssuer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TrackingCode issueFor(String filingId) {
        for (int i = 0; i < ATTEMPTS; i++) {
            TrackingCode code = TrackingCode.random(random);
            int inserted = jdbc.update(
                    "INSERT INTO tracking_code_registry (tracking_code, filing_id, issued_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT DO NOTHING",
                    code.value(), filingId, Timestamp.from(Instant.now()));
            if (inserted == 1) {
                return code;
            }
        }
        throw new IllegalStateException("could not draw a free tracking code in " + ATTEMPTS + " attempts");
    }
}
