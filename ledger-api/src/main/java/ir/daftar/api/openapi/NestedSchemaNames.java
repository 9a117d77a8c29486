package ir.daftar.api.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * Names the schemas of the read models' nested records after their read model: {@code CaseHistoryView.Entry}
 * becomes {@code CaseHistoryEntry}, {@code NoticeView.Channel} {@code NoticeChannel}, {@code OfficeAudit.Statistics}
 * {@code OfficeAuditStatistics}. By their simple names alone several of them would share one schema (two
 * {@code Channel}s, two {@code Entry}s, two {@code Statistics}), and the document would show one in place of the
 * other. The projections and the domain carry no OpenAPI annotations, so the names are given here. Records nested
 * in an interface (the events of a sealed event type) keep their own names, which are unique.
 */
@Component
class NestedSchemaNames implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null && type.getType() != null) {
            JavaType java = Json.mapper().constructType(type.getType());
            String name = nameOf(java.getRawClass());
            if (name != null) {
                type.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    static String nameOf(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        String where = type.getPackageName();
        boolean readModelOrDomain = where.startsWith("ir.daftar.projections") || where.startsWith("ir.daftar.core");
        if (outer == null || outer.isInterface() || type.isEnum() || !readModelOrDomain) {
            return null;
        }
        return outer.getSimpleName().replaceFirst("Views?$", "") + type.getSimpleName();
    }
}
