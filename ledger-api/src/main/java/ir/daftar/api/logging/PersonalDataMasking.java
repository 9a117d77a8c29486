package ir.daftar.api.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ir.daftar.core.common.Digits;
import ir.daftar.core.party.LegalPersonId;
import ir.daftar.core.party.NationalCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * A12/A37-7: national codes, legal persons' national ids (each recognised by its check digit) and
 * mobile numbers never reach a log in plain text, whoever logs them (our code, a framework's debug output of a request body, an
 * exception message). The log layout's message and exception words are replaced by these
 * converters (logback-spring.xml); value objects also mask themselves in toString.
 */
public final class PersonalDataMasking {

    static final String MASK = "[masked]";
    private static final String D = "[0-9\u06F0-\u06F9\u0660-\u0669]";
    /** Mobile numbers in the forms people type them: +98 912 123 4567, 0098..., 0912..., 912... */
    private static final Pattern MOBILE = Pattern.compile("(?<!" + D + ")(?:(?:\\+|00)98[\\s-]?|0)?9" + D + "{2}[\\s-]?"
            + D + "{3}[\\s-]?" + D + "{4}(?!" + D + ")");
    /** Neither a digit nor a Latin letter: a run of digits inside a hex string or an identifier is not a code. */
    private static final String EDGE = "[0-9A-Za-z\u06F0-\u06F9\u0660-\u0669]";
    /** 10 or 11 digits (any digit script) standing alone: masked when they are a valid national code or legal id. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?<!" + EDGE + ")" + D + "{10,11}(?!" + EDGE + ")");

    private PersonalDataMasking() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = IDENTIFIER.matcher(MOBILE.matcher(text).replaceAll(MASK));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, isPersonalIdentifier(m.group()) ? MASK : "$0");
        }
        return m.appendTail(out).toString();
    }

    /** A national code (A5, its check digit) or a legal person's national id: not any ten or eleven digits. */
    private static boolean isPersonalIdentifier(String digits) {
        String ascii = Digits.digitsOnly(digits);
        return ascii != null && (NationalCode.isValid(ascii) || LegalPersonId.isValid(ascii));
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
