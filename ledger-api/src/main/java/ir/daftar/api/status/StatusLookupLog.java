package ir.daftar.api.status;

import ir.daftar.projections.privacy.PersonalDataHasher;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A12/A37-7: every public status lookup is recorded, with its outcome, so that enumeration can be
 * seen and answered. The national code and the client's address are stored only as keyed hashes;
 * a tracking code is kept only when it is well formed.
 */
@Component
class StatusLookupLog {

    enum Outcome { FOUND, NOT_FOUND, INVALID, LIMITED }

    private final JdbcTemplate jdbc;
    private final PersonalDataHasher hasher;
    private final Clock clock = Clock.systemUTC();

    StatusLookupLog(JdbcTemplate jdbc, PersonalDataHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    void record(String client, String trackingCode, String nationalCode, Outcome outcome) {
        jdbc.update("INSERT INTO status_lookup_log (looked_up_at, client_hash, tracking_code, national_code_hash, outcome) "
                        + "VALUES (?, ?, ?, ?, ?)", Timestamp.from(Instant.now(clock)), hasher.hash("client:" + client),
                trackingCode != null && trackingCode.matches("\\d{16}") ? trackingCode : null,
                nationalCode != null && nationalCode.matches("\\d{10,11}") ? hasher.hash(nationalCode) : null,
                outcome.name());
    }
}
