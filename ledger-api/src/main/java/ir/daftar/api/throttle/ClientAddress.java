package ir.daftar.api.throttle;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for the limits of A12: the connection's address, or the first {@code X-Forwarded-For}
 * hop when the connection comes from a configured trusted proxy ({@code daftar.http.trusted-proxies};
 * the older {@code daftar.status.rate-limit.trusted-proxies} is still read). Behind a proxy that is not
 * configured, every client is the proxy.
 */
@Component
public class ClientAddress {

    private final List<String> trustedProxies;

    public ClientAddress(@Value("${daftar.http.trusted-proxies:${daftar.status.rate-limit.trusted-proxies:}}")
                         List<String> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** The client's address as given (kept, hashed, in the lookup log). */
    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trustedProxies.contains(remote)) {
            String first = forwarded.split(",")[0].trim();
            if (first.matches("[0-9A-Fa-f:.]{2,45}")) {
                return first;
            }
        }
        return remote;
    }

    /**
     * The client as one party for counting: an IPv4 address, or the /64 network of an IPv6 address (one
     * subscriber usually holds a whole /64, and could otherwise count as 2^64 clients).
     */
    public static String limitKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        List<String> groups = ipv6Groups(address);
        if (groups == null) {
            return address.toLowerCase(Locale.ROOT);
        }
        if (String.join(":", groups.subList(0, 6)).equals("0:0:0:0:0:ffff")) { // an IPv4 address written as IPv6
            int high = Integer.parseInt(groups.get(6), 16);
            int low = Integer.parseInt(groups.get(7), 16);
            return (high >> 8) + "." + (high & 0xff) + "." + (low >> 8) + "." + (low & 0xff);
        }
        return String.join(":", groups.subList(0, 4)) + "::/64";
    }

    /** The eight groups of an IPv6 address, without leading zeros; null when it is not one. */
    private static List<String> ipv6Groups(String address) {
        String[] halves = address.split("::", -1);
        if (halves.length > 2) {
            return null;
        }
        List<String> head = groups(halves[0]);
        List<String> tail = halves.length == 2 ? groups(halves[1]) : List.of();
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.size() - tail.size();
        if (missing < 0 || (halves.length == 1 && missing != 0) || (halves.length == 2 && missing < 1)) {
            return null;
        }
        List<String> all = new ArrayList<>(head);
        for (int i = 0; i < missing; i++) {
            all.add("0");
        }
        all.addAll(tail);
        return all;
    }

    private static List<String> groups(String part) {
        List<String> out = new ArrayList<>();
        if (part.isEmpty()) {
            return out;
        }
        String[] items = part.split(":", -1);
        for (int i = 0; i < items.length; i++) {
            String g = items[i];
            if (i == items.length - 1 && g.indexOf('.') >= 0) {
                String[] v4 = g.split("\\.", -1);
                if (v4.length != 4) {
                    return null;
                }
                int[] b = new int[4];
                for (int j = 0; j < 4; j++) {
                    if (!v4[j].matches("\\d{1,3}") || Integer.parseInt(v4[j]) > 255) {
                        return null;
                    }
                    b[j] = Integer.parseInt(v4[j]);
                }
                out.add(Integer.toHexString(b[0] << 8 | b[1]));
                out.add(Integer.toHexString(b[2] << 8 | b[3]));
            } else if (g.matches("[0-9A-Fa-f]{1,4}")) {
                out.add(Integer.toHexString(Integer.parseInt(g, 16)));
            } else {
                return null;
            }
        }
        return out;
    }
}
