package ir.daftar.api.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} checks every header name and value, and every parameter name, a
 * request reads against a regular expression ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and with a tab allowed in
 * values), building a matcher each time: a twentieth of the bytes the status page allocated per answer
 * (docs/performance.md, 2026-12-04 evening). The same rule, code point by code point, without a matcher:
 * assigned in Unicode and not an ISO control character (a tab allowed in a header value).
 * {@code FirewallCharactersTest} holds these to the expressions over every code point and random strings.
 */
final class FirewallCharacters {

    /** Header and parameter names: assigned, not a control character. */
    static final Predicate<String> NAMES = s -> allowed(s, false);

    /** Header values: the same, with a tab allowed. */
    static final Predicate<String> HEADER_VALUES = s -> allowed(s, true);

    private FirewallCharacters() {
    }

    /** The firewall Spring Security would use, with these checks in place of its expressions. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        firewall.setAllowedParameterNames(NAMES);
        return firewall;
    }

    static boolean allowed(String s, boolean tab) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                if (!(tab && c == '\t')) {
                    return false;
                }
            } else if (c > 0x7e && Character.getType(c) == Character.UNASSIGNED) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
