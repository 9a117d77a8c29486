package ir.daftar.ops.engines;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with {@code @Lob byte[]} stored as {@code bytea}. Axon's JPA entries declare payload and
 * metadata as {@code @Lob byte[]}, which Hibernate 6 otherwise maps to {@code oid} large objects: kept
 * outside the row, left behind when the row is deleted, missed by a dump of the table (ADR 0001). The
 * JPA engine is measured the way it would have to be run here, so its payloads live in the row too.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    public ByteaPostgreSQLDialect() {
    }

    public ByteaPostgreSQLDialect(DialectResolutionInfo info) {
        super(info);
    }

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
