package ir.daftar.api.kanoon;

import ir.daftar.core.kanoon.KanoonRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A25 (ADR 1300): the Kanoons formed, in {@code kanoon_registry}, written in the transaction of the forming command;
 * a formation reads them under the lock row of {@code kanoon_formation_lock}, so formations are computed one at a time.
 */
@Component
class JdbcKanoonRegistry implements KanoonRegistry {

    private final JdbcTemplate jdbc;

    JdbcKanoonRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, String> formed() {
        Map<String, String> formed = new LinkedHashMap<>();
        jdbc.query("SELECT province_code, kanoon_id FROM kanoon_registry ORDER BY formed_at, province_code",
                rs -> {
                    formed.put(rs.getString(1), rs.getString(2));
                });
        return formed;
    }

    @Override
    public Map<String, String> formedForUpdate() {
        jdbc.queryForList("SELECT id FROM kanoon_formation_lock WHERE id = 1 FOR UPDATE", Integer.class);
        return formed();
    }

    @Override
    public void recordFormation(String kanoonId, String provinceCode, Instant at) {
        jdbc.update("INSERT INTO kanoon_registry (kanoon_id, province_code, formed_at) VALUES (?, ?, ?)", kanoonId,
                provinceCode, Timestamp.from(at));
    }
}
