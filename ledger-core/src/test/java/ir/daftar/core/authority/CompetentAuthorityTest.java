package ir.daftar.core.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A13: the courts, prosecutors' offices and councils a filing is routed to. */
class CompetentAuthorityTest {

    @Test
    void a13_the_name_is_kept_in_persian_letters() {
        CompetentAuthority council = new CompetentAuthority("SHZ-DRC-3", AuthorityKind.DISPUTE_RESOLUTION_COUNCIL,
                "شوراي حل اختلاف شماره ٣ شيراز");

        assertThat(council.name()).isEqualTo("شورای حل اختلاف شماره ۳ شیراز");
    }

    @Test
    void an_authority_has_an_id_a_kind_and_a_name() {
        assertThatThrownBy(() -> new CompetentAuthority("TEH 12", AuthorityKind.COURT, "دادگاه"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompetentAuthority(null, AuthorityKind.COURT, "دادگاه"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompetentAuthority("TEH-12", null, "دادگاه")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CompetentAuthority("TEH-12", AuthorityKind.COURT, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
