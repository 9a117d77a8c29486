package ir.daftar.core.party;

import static ir.daftar.core.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.core.common.Rule;
import org.junit.jupiter.api.Test;

/** A2: a party is a natural person or a legal person, identified by the matching number. */
class PartyTest {

    @Test
    void a2_a_natural_person_is_identified_by_a_national_code() {
        Party party = new Party(PersonType.NATURAL, "0499370899", "علی رضایی");

        assertThat(party.hasIdentifier()).isTrue();
    }

    @Test
    void a2_a_legal_person_is_identified_by_a_national_id() {
        assertThat(new Party(PersonType.LEGAL, "10380284790", "شرکت نمونه").hasIdentifier()).isTrue();
    }

    @Test
    void a2_a_natural_person_with_a_bad_national_code_is_refused() {
        assertRefused(() -> new Party(PersonType.NATURAL, "0499370898", "علی"), Rule.A2_PARTY_IDENTIFIER_INVALID);
    }

    @Test
    void a2_the_identifier_must_match_the_kind_of_person() {
        assertRefused(() -> new Party(PersonType.NATURAL, "10380284790", "شرکت"), Rule.A2_PARTY_IDENTIFIER_INVALID);
        assertRefused(() -> new Party(PersonType.LEGAL, "0499370899", "علی"), Rule.A2_PARTY_IDENTIFIER_INVALID);
    }

    @Test
    void a2_a_defendant_whose_identity_is_unknown_has_no_identifier() {
        Party unknown = Party.of(PersonType.NATURAL, "  ", "ناشناس");

        assertThat(unknown.identifier()).isNull();
        assertThat(unknown.hasIdentifier()).isFalse();
    }

    @Test
    void what_a_person_typed_is_normalized() {
        Party party = Party.of(PersonType.NATURAL, "۰۴۹۹-۳۷۰۸۹۹", " علي  كريمي ");

        assertThat(party.identifier()).isEqualTo("0499370899");
        assertThat(party.name()).isEqualTo("علی کریمی");
    }

    @Test
    void a_party_has_a_name() {
        assertThatThrownBy(() -> new Party(PersonType.NATURAL, "0499370899", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Party(PersonType.NATURAL, "0499370899", "ا".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_identifier_is_not_printed_in_full() {
        assertThat(new Party(PersonType.NATURAL, "0499370899", "علی").toString()).doesNotContain("0499370899");
    }
}
