package ir.daftar.api.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import ir.daftar.api.problem.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hostile input stops at the door (A12):
 * <ul>
 *   <li>a request body above {@code daftar.http.max-body-size} is refused with {@code 413} (declared
 *       length) or stops being read at the limit (streamed body), before anything parses it;</li>
 *   <li>text in a JSON body may not carry control characters, unpaired surrogates, non-characters,
 *       bidirectional overrides or markup ({@code <}, {@code >}): no field of the ledger is HTML, and a
 *       name that hides a script or reverses its own display is not a name. Refused as a 400 naming
 *       the field, without echoing the value.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class InputLimits {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    OncePerRequestFilter bodySizeLimit(@Value("${daftar.http.max-body-size:16MB}") DataSize limit, ProblemWriter problems) {
        long max = limit.toBytes();
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() > max) {
                    problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");
                    return;
                }
                String type = request.getContentType();
                boolean json = type != null && type.toLowerCase(java.util.Locale.ROOT).matches("application/([a-z.+-]*\\+)?json.*");
                chain.doFilter(new LimitedRequest(request, max, json), response);
            }
        };
    }

    /** Thrown when a streamed body passes the limit; answered 413. */
    public static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large");
        }
    }

    /** Thrown when a JSON body is not well-formed UTF-8; answered 400. */
    public static final class NotUtf8 extends IOException {
        NotUtf8() {
            super("request body is not well-formed UTF-8");
        }
    }

    /**
     * Strict UTF-8 (RFC 3629): no overlong forms (the classic {@code C0 AF} for '/'), no encoded
     * surrogates, nothing above U+10FFFF, no sequence cut short. Jackson's own decoder lets some through.
     */
    static final class Utf8Validator {
        private int need;
        private int codePoint;
        private int min;

        void accept(int b) throws NotUtf8 {
            if (need == 0) {
                if (b < 0x80) {
                    return;
                } else if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                    codePoint = b & 0x1F;
                    min = 0x80;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    codePoint = b & 0x0F;
                    min = 0x800;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    codePoint = b & 0x07;
                    min = 0x10000;
                } else {
                    throw new NotUtf8();
                }
                return;
            }
            if ((b & 0xC0) != 0x80) {
                throw new NotUtf8();
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (--need == 0 && (codePoint < min || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)) {
                throw new NotUtf8();
            }
        }

        void end() throws NotUtf8 {
            if (need != 0) {
                throw new NotUtf8();
            }
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long max;
        private final Utf8Validator utf8;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long max, boolean json) {
            super(request);
            this.max = max;
            this.utf8 = json ? new Utf8Validator() : null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > max) {
                            throw new BodyTooLarge();
                        }
                        check(b);
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > max) {
                            throw new BodyTooLarge();
                        }
                        if (n < 0) {
                            check(-1);
                        }
                        for (int i = 0; i < n; i++) {
                            check(buf[off + i] & 0xFF);
                        }
                        return n;
                    }

                    private void check(int b) throws NotUtf8 {
                        if (utf8 == null) {
                            return;
                        }
                        if (b < 0) {
                            utf8.end();
                        } else {
                            utf8.accept(b);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

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
