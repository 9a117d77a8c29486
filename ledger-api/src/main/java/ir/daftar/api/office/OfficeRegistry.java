package ir.daftar.api.office;

import ir.daftar.core.office.OfficeEvent.OfficeRegistered;
import ir.daftar.projections.store.EventTable;
import java.util.List;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A3/A14: the offices registered so far, oldest first, read from their {@link OfficeRegistered} events (one
 * statement over the event table, no read model of its own); their staffing is the {@code OfficeDirectory}'s.
 */
@Component
public class OfficeRegistry {

    /** An office as it was registered. */
    public record Registered(String officeId, String name, String province, String city) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String payloadType;

    OfficeRegistry(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.payloadType = serializer.typeForClass(OfficeRegistered.class).getName();
    }

    public List<Registered> all() {
        return jdbc.query("SELECT " + EventTable.PAYLOAD + ", " + EventTable.PAYLOAD_REVISION + " FROM " + EventTable.NAME
                + " WHERE " + EventTable.PAYLOAD_TYPE + " = ? ORDER BY " + EventTable.GLOBAL_INDEX, (rs, n) -> {
                    OfficeRegistered e = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(1), byte[].class,
                            new SimpleSerializedType(payloadType, rs.getString(2))));
                    return new Registered(e.officeId(), e.name(), e.province(), e.city());
                }, payloadType);
    }
}
