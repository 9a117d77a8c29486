package ir.daftar.core.kanoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A25: the provinces' reference data and the nearest-Kanoon rule. The expected distances were computed apart from
 * this code, with the spherical law of cosines on the same coordinates and the same mean radius (6371.0088 km).
 */
class ProvincesTest {

    static Province p(String code) {
        return Provinces.byCode(code).orElseThrow();
    }

    @Test
    void there_are_31_provinces_each_with_a_distinct_code_name_and_centre() {
        assertThat(Provinces.all()).hasSize(31);
        assertThat(Provinces.all()).extracting(Province::code).doesNotHaveDuplicates();
        assertThat(Provinces.all()).extracting(Province::nameFa).doesNotHaveDuplicates();
        assertThat(Provinces.all()).allSatisfy(pr -> {
            assertThat(pr.latitude()).isBetween(25.0, 40.0);
            assertThat(pr.longitude()).isBetween(44.0, 63.5);
        });
    }

    @Test
    void great_circle_distances_between_centres_match_an_independent_computation() {
        assertThat(p("tehran").distanceKmTo(p("qom"))).isCloseTo(125.62, within(0.05));
        assertThat(p("qom").distanceKmTo(p("markazi"))).isCloseTo(124.86, within(0.05));
        assertThat(p("tehran").distanceKmTo(p("markazi"))).isCloseTo(235.76, within(0.05));
        assertThat(p("qom").distanceKmTo(p("isfahan"))).isCloseTo(233.64, within(0.05));
        assertThat(p("tehran").distanceKmTo(p("razavi-khorasan"))).isCloseTo(741.60, within(0.05));
        assertThat(p("east-azerbaijan").distanceKmTo(p("west-azerbaijan"))).isCloseTo(123.46, within(0.05));
        assertThat(p("tehran").distanceKmTo(p("tehran"))).isZero();
        assertThat(p("qom").distanceKmTo(p("tehran"))).isEqualTo(p("tehran").distanceKmTo(p("qom")));
    }

    @Test
    void an_office_province_is_found_by_its_persian_or_english_name_or_code() {
        assertThat(Provinces.find("قم")).contains(p("qom"));
        assertThat(Provinces.find("Qom")).contains(p("qom"));
        assertThat(Provinces.find("استان قم")).contains(p("qom"));
        assertThat(Provinces.find("كرمان")).contains(p("kerman"));
        assertThat(Provinces.find("خرم آباد")).contains(p("lorestan"));
        assertThat(Provinces.find("Atlantis")).isEmpty();
    }

    @Test
    void a_province_without_a_kanoon_is_covered_by_the_nearest_one() {
        KanoonCoverage tehranOnly = new KanoonCoverage(Map.of("tehran", "kanoon-tehran"));
        assertThat(tehranOnly.kanoonFor(p("qom"))).contains("kanoon-tehran");
        assertThat(tehranOnly.kanoonFor(p("sistan-baluchestan"))).contains("kanoon-tehran");

        // Arak is 124.86 km from Qom, Tehran 125.62 km: Qom goes to Markazi's Kanoon, Alborz stays with Tehran
        KanoonCoverage withMarkazi = tehranOnly.with("markazi", "kanoon-markazi");
        assertThat(withMarkazi.kanoonFor(p("qom"))).contains("kanoon-markazi");
        assertThat(withMarkazi.kanoonFor(p("alborz"))).contains("kanoon-tehran");
        assertThat(withMarkazi.kanoonFor(p("isfahan"))).contains("kanoon-markazi");

        // a province's own Kanoon wins over any nearer one
        assertThat(withMarkazi.with("qom", "kanoon-qom").kanoonFor(p("qom"))).contains("kanoon-qom");
        assertThat(new KanoonCoverage(Map.of()).kanoonFor(p("qom"))).isEmpty();
    }
}
