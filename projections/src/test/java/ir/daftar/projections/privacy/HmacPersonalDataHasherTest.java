package ir.daftar.projections.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HmacPersonalDataHasherTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.UTF_8);

    @Test
    void is_hmac_sha256_in_lowercase_hex() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);

        // RFC 4231, test case 6
        assertThat(new HmacPersonalDataHasher(key).hash("Test Using Larger Than Block-Size Key - Hash Key First"))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void the_same_identifier_hashes_alike_and_different_identifiers_differ() {
        HmacPersonalDataHasher hasher = new HmacPersonalDataHasher(KEY);

        assertThat(hasher.hash("1234567891")).isEqualTo(hasher.hash("1234567891")).matches("[0-9a-f]{64}");
        assertThat(hasher.hash("1234567891")).isNotEqualTo(hasher.hash("2345678909"));
    }

    @Test
    void another_key_gives_another_hash() {
        byte[] other = KEY.clone();
        other[0] ^= 1;

        assertThat(new HmacPersonalDataHasher(other).hash("1234567891"))
                .isNotEqualTo(new HmacPersonalDataHasher(KEY).hash("1234567891"));
    }

    @Test
    void keeps_its_own_copy_of_the_key() {
        byte[] key = KEY.clone();
        HmacPersonalDataHasher hasher = new HmacPersonalDataHasher(key);
        String before = hasher.hash("1234567891");

        Arrays.fill(key, (byte) 0);

        assertThat(hasher.hash("1234567891")).isEqualTo(before);
    }

    @Test
    void refuses_a_key_shorter_than_32_bytes() {
        assertThatThrownBy(() -> new HmacPersonalDataHasher(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThat(new HmacPersonalDataHasher(new byte[32]).hash("x")).hasSize(64);
    }

    @Test
    void never_shows_the_key() {
        assertThat(new HmacPersonalDataHasher(KEY).toString()).doesNotContain("thirty-two");
    }
}
