package ir.daftar.core.kanoon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The seat claims of ADR 1300 for fixture tests: the same overlap rule as the database's, in memory. */
public final class InMemorySeatClaims implements SeatClaims {

    record Claim(String nationalCode, Body body, String scope, LocalDate from, LocalDate until) {
    }

    final List<Claim> claims = new ArrayList<>();

    @Override
    public synchronized Optional<String> claim(String nationalCode, Body body, String scope, LocalDate from,
                                               LocalDate until) {
        Optional<String> conflict = conflicting(nationalCode, body, from, until);
        if (conflict.isEmpty()) {
            claims.add(new Claim(nationalCode, body, scope, from, until));
        }
        return conflict;
    }

    @Override
    public synchronized void release(String nationalCode, Body body, String scope, LocalDate on) {
        claims.removeIf(c -> c.nationalCode().equals(nationalCode) && c.body() == body && c.scope().equals(scope)
                && !c.from().isBefore(on));
        claims.replaceAll(c -> c.nationalCode().equals(nationalCode) && c.body() == body && c.scope().equals(scope)
                && c.until().isAfter(on) ? new Claim(nationalCode, body, scope, c.from(), on) : c);
    }

    @Override
    public synchronized Optional<String> conflicting(String nationalCode, Body body, LocalDate from, LocalDate until) {
        return claims.stream()
                .filter(c -> c.nationalCode().equals(nationalCode) && c.body() != body)
                .filter(c -> c.from().isBefore(until) && from.isBefore(c.until()))
                .map(Claim::scope)
                .findFirst();
    }
}
