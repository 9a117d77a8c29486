package ir.daftar.api.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A12: who the client is, for the limits on attempts. */
class ClientAddressTest {

    private static MockHttpServletRequest from(String remote, String forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
        request.setRemoteAddr(remote);
        if (forwardedFor != null) {
            request.addHeader("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    @Test
    void x_forwarded_for_is_believed_only_from_a_trusted_proxy() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.1"));
        assertThat(clients.of(from("10.0.0.1", "203.0.113.7, 10.0.0.1"))).isEqualTo("203.0.113.7");
        assertThat(clients.of(from("198.51.100.9", "203.0.113.7"))).isEqualTo("198.51.100.9");
        assertThat(clients.of(from("10.0.0.1", "not an address"))).isEqualTo("10.0.0.1");
        assertThat(clients.of(from("10.0.0.1", null))).isEqualTo("10.0.0.1");
    }

    @Test
    void an_ipv6_client_counts_as_its_slash_64_and_an_ipv4_client_as_its_address() {
        assertThat(ClientAddress.limitKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.limitKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.limitKey("2001:0DB8:0001:0002::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.limitKey("2001:db8::1")).isEqualTo("2001:db8:0:0::/64");
        assertThat(ClientAddress.limitKey("::1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.limitKey("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
        assertThat(ClientAddress.limitKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.limitKey("::ffff:cb00:7107")).isEqualTo("203.0.113.7");
    }

    @Test
    void what_is_not_an_address_is_kept_as_it_is() {
        assertThat(ClientAddress.limitKey("1:2:3")).isEqualTo("1:2:3");
        assertThat(ClientAddress.limitKey("1::2::3")).isEqualTo("1::2::3");
        assertThat(ClientAddress.limitKey("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(ClientAddress.limitKey(null)).isNull();
    }
}
