package ir.daftar.api.office;

import ir.daftar.core.office.OfficeEvent;
import ir.daftar.core.office.OfficeEvent.StaffAppointmentEnded;
import ir.daftar.core.office.OfficeEvent.StaffMemberAppointed;
import ir.daftar.core.office.StaffPosts;
import ir.daftar.projections.store.EventTable;
import jakarta.annotation.PostConstruct;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A15 (ADR 0910): one post per person across offices, as rows of {@code staff_post} keyed by national code,
 * written with the connection of the command's transaction (the one that appends the hire's events), so a claim
 * and the events it stands for commit or roll back together. Two offices hiring one person at the same moment
 * race on the primary key: PostgreSQL makes the second insert wait for the first transaction and then find its
 * row ({@code ON CONFLICT DO NOTHING} inserts nothing), so exactly one hire is recorded.
 */
@Component
class JdbcStaffPosts implements StaffPosts {

    private static final Logger log = LoggerFactory.getLogger(JdbcStaffPosts.class);

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    JdbcStaffPosts(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public Optional<String> claim(String nationalCode, String officeId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.update("INSERT INTO staff_post (national_code, office_id, claimed_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", nationalCode, officeId, Timestamp.from(Instant.now()));
            if (inserted == 1) {
                return Optional.empty();
            }
            List<String> holder = jdbc.queryForList("SELECT office_id FROM staff_post WHERE national_code = ?",
                    String.class, nationalCode);
            if (!holder.isEmpty()) {
                return holder.get(0).equals(officeId) ? Optional.empty() : Optional.of(holder.get(0));
            }
            // released between the insert and the read: claim again
        }
        throw new IllegalStateException("the post of a person could not be claimed");
    }

    @Override
    public void release(String nationalCode, String officeId) {
        jdbc.update("DELETE FROM staff_post WHERE national_code = ? AND office_id = ?", nationalCode, officeId);
    }

    /**
     * Ledgers written before {@code staff_post} existed have appointments without claims: while the table is empty,
     * the posts held now are folded from the office events (appointed, ended) and claimed, before any request.
     */
    @PostConstruct
    void claimPostsHeldBeforeTheRegistry() {
        Integer claims = jdbc.queryForObject("SELECT COUNT(*) FROM staff_post", Integer.class);
        if (claims == null || claims > 0) {
            return;
        }
        String appointed = serializer.typeForClass(StaffMemberAppointed.class).getName();
        String ended = serializer.typeForClass(StaffAppointmentEnded.class).getName();
        Map<String, String> posts = new LinkedHashMap<>();
        jdbc.query("SELECT " + EventTable.PAYLOAD_TYPE + ", " + EventTable.PAYLOAD + ", " + EventTable.PAYLOAD_REVISION
                + " FROM " + EventTable.NAME + " WHERE " + EventTable.PAYLOAD_TYPE + " IN (?, ?) ORDER BY "
                + EventTable.GLOBAL_INDEX, rs -> {
                    OfficeEvent event = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(2), byte[].class,
                            new SimpleSerializedType(rs.getString(1), rs.getString(3))));
                    if (event instanceof StaffMemberAppointed a) {
                        posts.put(a.member().nationalCode().value(), a.officeId());
                    } else if (event instanceof StaffAppointmentEnded e) {
                        posts.remove(e.nationalCode(), e.officeId());
                    }
                }, appointed, ended);
        posts.forEach(this::claim);
        if (!posts.isEmpty()) {
            log.info("claimed {} staff posts held before the one-post registry", posts.size());
        }
    }
}
