package ir.daftar.api.config.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON of a request means what it says, or it is refused with the field named (A12):
 * <ul>
 *   <li>no coercion: {@code "name":123} is not the name "123", {@code "pageCount":"2"} or {@code 1.5} is not 2 or 1,
 *       {@code "kind":0} is not the first kind; only amounts of rials take a number or its text
 *       ({@link WholeNumberOrText});</li>
 *   <li>no field the endpoint does not know (a typo is not silently dropped, a 10 MB junk field is not carried);</li>
 *   <li>no key twice and nothing after the body;</li>
 *   <li>bounded nesting and text, on top of the body limit and each field's own {@code @Size}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    /** Deeper than any request of this API by far; JSON nested deeper is an attack on the parser. */
    static final int MAX_NESTING = 32;
    /** The largest text a field may carry: a document's content, base64 (its own {@code @Size} is 14,000,000). */
    static final int MAX_TEXT = 14_000_000;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonMapping() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_TEXT).build()));
    }

    /**
     * An amount of rials as people send it: a JSON whole number ({@code 8500000}) or its text
     * ({@code "8,500,000"}, {@code "۸٬۵۰۰٬۰۰۰"}), kept as text for {@code Inputs.amount} to read, so that a
     * sign is refused rather than dropped. A fraction, a boolean, an object or an array is refused.
     */
    public static final class WholeNumberOrText extends StdScalarDeserializer<String> {

        public WholeNumberOrText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return p.getText();
            }
            return PlainText.PlainTextDeserializer.INSTANCE.deserialize(p, ctxt);
        }
    }
}
