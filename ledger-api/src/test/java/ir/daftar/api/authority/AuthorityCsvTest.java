package ir.daftar.api.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.daftar.api.problem.InvalidInput;
import ir.daftar.core.authority.AuthorityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A13: the CSV of competent authorities is checked line by line, and a bad file names every bad line and field. */
class AuthorityCsvTest {

    @Test
    void a13_a_good_file_is_read_with_quotes_persian_text_and_blank_lines() {
        List<AuthorityDirectory.Entry> entries = AuthorityCsv.parse("""
                id,kind,name,province,city
                SHZ-CIV-4,COURT,"دادگاه عمومی حقوقی شیراز، شعبه ۴",فارس,شیراز

                SHZ-DRC-2,DISPUTE_RESOLUTION_COUNCIL,شوراي حل اختلاف شيراز,فارس,شیراز
                """);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).authority().name()).isEqualTo("دادگاه عمومی حقوقی شیراز، شعبه ۴");
        assertThat(entries.get(1).authority().kind()).isEqualTo(AuthorityKind.DISPUTE_RESOLUTION_COUNCIL);
        assertThat(entries.get(1).authority().name()).isEqualTo("شورای حل اختلاف شیراز");
        assertThat(entries.get(1).province()).isEqualTo("فارس");
    }

    @Test
    void a13_a_bad_file_is_refused_naming_each_line_and_field() {
        String csv = """
                id,kind,name,province,city
                SHZ-CIV-4,COURT,دادگاه,فارس,شیراز
                SHZ CIV 5,TRIBUNAL,دادگاه,فارس,شیراز
                SHZ-CIV-4,COURT,,فارس,شیراز
                SHZ-CIV-6,COURT,دادگاه,فارس
                """;

        assertThatThrownBy(() -> AuthorityCsv.parse(csv)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly(
                        "line 3: id", "line 3: kind", "line 4: id", "line 4: name", "line 5"));
    }

    @Test
    void a13_the_header_is_required() {
        assertThatThrownBy(() -> AuthorityCsv.parse("SHZ-CIV-4,COURT,دادگاه,فارس,شیراز\n"))
                .isInstanceOfSatisfying(InvalidInput.class, e ->
                        assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("line 1"));
        assertThatThrownBy(() -> AuthorityCsv.parse("id,kind,name,province,city\n"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_shipped_list_is_valid() throws Exception {
        String shipped = new String(getClass().getResourceAsStream("/authorities/authorities.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(AuthorityCsv.parse(shipped)).extracting(e -> e.authority().id()).contains("TEH-CIV-12", "TEH-PROS-1");
    }
}
