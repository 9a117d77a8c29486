package ir.daftar.api.authority;

import ir.daftar.core.authority.AuthorityKind;
import ir.daftar.core.authority.CompetentAuthority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A13: the competent authorities filings are routed to (courts and branches, prosecutor's
 * offices, dispute-resolution councils), as reference data in {@code competent_authority}
 * (V20). On first start, an empty table is seeded from the shipped {@code authorities/authorities.csv};
 * later, administrators import CSV files ({@link AuthorityCsv}) that add and update authorities.
 */
@Component
public class AuthorityDirectory {

    private static final Logger log = LoggerFactory.getLogger(AuthorityDirectory.class);
    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(new CompetentAuthority(rs.getString("authority_id"),
            AuthorityKind.valueOf(rs.getString("kind")), rs.getString("name")), rs.getString("province"), rs.getString("city"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public record Entry(CompetentAuthority authority, String province, String city) {
    }

    /** What an import did: how many authorities the file listed, how many were new, how many changed. */
    public record ImportResult(int imported, int created, int updated) {
    }

    AuthorityDirectory(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) throws IOException {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        seedIfEmpty();
    }

    public Optional<CompetentAuthority> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT * FROM competent_authority WHERE authority_id = ?", ROW, id).stream().findFirst()
                .map(Entry::authority);
    }

    public List<Entry> all() {
        return jdbc.query("SELECT * FROM competent_authority ORDER BY authority_id", ROW);
    }

    /** Checks the whole file first; writes it in one transaction, or nothing when any line is bad. */
    public ImportResult importCsv(String csv) {
        List<Entry> entries = AuthorityCsv.parse(csv);
        return transactions.execute(status -> {
            int created = 0;
            int updated = 0;
            Timestamp now = Timestamp.from(Instant.now());
            for (Entry e : entries) {
                CompetentAuthority a = e.authority();
                int changed = jdbc.update("""
                        UPDATE competent_authority SET kind = ?, name = ?, province = ?, city = ?, updated_at = ?
                         WHERE authority_id = ?""", a.kind().name(), a.name(), e.province(), e.city(), now, a.id());
                if (changed == 0) {
                    jdbc.update("""
                            INSERT INTO competent_authority (authority_id, kind, name, province, city, updated_at)
                            VALUES (?, ?, ?, ?, ?, ?)""", a.id(), a.kind().name(), a.name(), e.province(), e.city(), now);
                    created++;
                } else {
                    updated++;
                }
            }
            return new ImportResult(entries.size(), created, updated);
        });
    }

    private void seedIfEmpty() throws IOException {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM competent_authority", Integer.class);
        if (count != null && count > 0) {
            return;
        }
        String csv = new String(new ClassPathResource("authorities/authorities.csv").getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        List<Entry> entries = AuthorityCsv.parse(csv);
        Timestamp now = Timestamp.from(Instant.now());
        transactions.executeWithoutResult(status -> entries.forEach(e -> jdbc.update("""
                INSERT INTO competent_authority (authority_id, kind, name, province, city, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                e.authority().id(), e.authority().kind().name(), e.authority().name(), e.province(), e.city(), now)));
        log.info("competent authorities seeded from the shipped list: {}", entries.size());
    }
}
