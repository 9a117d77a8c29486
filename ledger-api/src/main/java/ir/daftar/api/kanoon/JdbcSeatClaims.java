package ir.daftar.api.kanoon;

import ir.daftar.core.kanoon.SeatClaims;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A23 note (ADR 1300): the seats of the Council and of the Kanoon boards, claimed in the transaction of the command
 * that appoints. Each claim locks the person's {@code seat_holder} row first ({@code SELECT ... FOR UPDATE}), so a
 * second claim of the same person waits for the first transaction to end and then sees its claim: of two
 * appointments of one person to the Council and to a board sent at the same moment, exactly one passes.
 */
@Component
class JdbcSeatClaims implements SeatClaims {

    private final JdbcTemplate jdbc;

    JdbcSeatClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(String nationalCode, Body body, String scope, LocalDate from, LocalDate until) {
        jdbc.update("INSERT INTO seat_holder (national_code) VALUES (?) ON CONFLICT DO NOTHING", nationalCode);
        jdbc.queryForList("SELECT national_code FROM seat_holder WHERE national_code = ? FOR UPDATE", String.class,
                nationalCode);
        Optional<String> conflict = conflicting(nationalCode, body, from, until);
        if (conflict.isEmpty()) {
            jdbc.update("INSERT INTO seat_claim (national_code, body, scope, held_from, held_until, claimed_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", nationalCode, body.name(), scope, Date.valueOf(from),
                    Date.valueOf(until), Timestamp.from(Instant.now()));
        }
        return conflict;
    }

    /** Claims not begun by {@code on} go (a term that would have followed, a seat left the day it was taken); the rest end then. */
    @Override
    public void release(String nationalCode, Body body, String scope, LocalDate on) {
        jdbc.update("DELETE FROM seat_claim WHERE national_code = ? AND body = ? AND scope = ? AND held_from >= ?",
                nationalCode, body.name(), scope, Date.valueOf(on));
        jdbc.update("UPDATE seat_claim SET held_until = ? WHERE national_code = ? AND body = ? AND scope = ? "
                + "AND held_until > ?", Date.valueOf(on), nationalCode, body.name(), scope, Date.valueOf(on));
    }

    @Override
    public Optional<String> conflicting(String nationalCode, Body body, LocalDate from, LocalDate until) {
        List<String> scopes = jdbc.queryForList("SELECT scope FROM seat_claim WHERE national_code = ? AND body <> ? "
                        + "AND held_from < ? AND held_until > ? ORDER BY held_from, scope", String.class, nationalCode,
                body.name(), Date.valueOf(until), Date.valueOf(from));
        return scopes.stream().findFirst();
    }
}
