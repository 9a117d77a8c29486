package ir.daftar.api.config.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hostile input stops at the door (A12): text in a JSON body may not carry control characters,
 * unpaired surrogates, non-characters, bidirectional overrides or markup ({@code <}, {@code >}): no
 * field of the ledger is HTML, and a name that hides a script or reverses its own display is not a
 * name. Refused as a 400 naming the field, without echoing the value.
 */
@Configuration(proxyBeanMethods = false)
public class PlainText {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer plainTextOnly() {
        SimpleModule module = new SimpleModule("daftar-plain-text");
        module.addDeserializer(String.class, PlainTextDeserializer.INSTANCE);
        return builder -> builder.modulesToInstall(module);
    }

    /** A string with control characters, bidi overrides or markup: refused as NOT_PLAIN_TEXT, naming its field. */
    public static final class NotPlainText extends JsonMappingException {
        NotPlainText(JsonParser p) {
            super(p, "text contains characters that are not allowed");
        }
    }

    /** Text is a JSON string: a number or a boolean where text is asked is refused, not turned into its text. */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        static final PlainTextDeserializer INSTANCE = new PlainTextDeserializer();

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            if (value != null && !isPlainText(value)) {
                throw new NotPlainText(p);
            }
            return value;
        }
    }

    /** After a "<": a letter, "/", "!" or "?" would make it markup (a tag, a closing tag, a comment, a declaration). */
    private static boolean startsTag(char next) {
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /**
     * Letters, digits, punctuation (with "<" and ">" as signs), spaces, tabs and line breaks; nothing that
     * controls, hides or marks up. Output is escaped wherever it is HTML (the report pages).
     */
    public static boolean isPlainText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            boolean nonCharacter = c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
            boolean bidiOverride = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            // "<" and ">" are ordinary signs in Persian text ("مهلت < ۱۰ روز"); what starts a tag is not
            boolean tagStart = c == '<' && i + 1 < value.length() && startsTag(value.charAt(i + 1));
            if (control || nonCharacter || bidiOverride || tagStart) {
                return false;
            }
        }
        return true;
    }
}
