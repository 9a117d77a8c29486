package ir.daftar.api.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A12/A37-7: national codes, legal persons' national ids and mobile numbers never reach a log in
 * plain text, whoever logs them (our code, a framework's debug output of a request body, an
 * exception message). The log layout's message and exception words are replaced by these
 * converters (logback-spring.xml); value objects also mask themselves in toString.
 */
public final class PersonalDataMasking {

    static final String MASK = "[masked]";
    private static final String D = "[0-9\u06F0-\u06F9\u0660-\u0669]";
    /** Mobile numbers in the forms people type them: +98 912 123 4567, 0098..., 0912..., 912... */
    private static final Pattern MOBILE = Pattern.compile("(?<!" + D + ")(?:(?:\\+|00)98[\\s-]?|0)?9" + D + "{2}[\\s-]?"
            + D + "{3}[\\s-]?" + D + "{4}(?!" + D + ")");
    /** A 10-digit national code or an 11-digit legal person's national id (any digit script), standing alone. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<!" + D + ")" + D + "{10,11}(?!" + D + ")");

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return IDENTIFIER.matcher(MOBILE.matcher(text).replaceAll(MASK)).replaceAll(MASK);
    }

    /** {@code %m}, {@code %msg}, {@code %message}: the formatted message, masked. */
    public static final class Message extends MessageConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return mask(super.convert(event));
        }
    }

    /** {@code %wEx}, {@code %ex}: the exception and its stack, masked (exception messages carry input). */
    public static final class Throwable extends ExtendedWhitespaceThrowableProxyConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return mask(super.convert(event));
        }
    }
}
