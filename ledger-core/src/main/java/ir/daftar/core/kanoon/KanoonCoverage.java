package ir.daftar.core.kanoon;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A25: which Kanoon covers a province, given the Kanoons formed: the province's own Kanoon, or, until it has one,
 * the Kanoon whose centre is nearest by great-circle distance (ties go to the smaller province code, so the answer
 * never depends on the order Kanoons were formed in). A pure function of its input: replayed, it answers the same.
 */
public final class KanoonCoverage {

    /** province code -> kanoon id */
    private final Map<String, String> kanoonsByProvince;

    public KanoonCoverage(Map<String, String> kanoonsByProvince) {
        this.kanoonsByProvince = Map.copyOf(kanoonsByProvince);
    }

    /** The Kanoon covering the province, empty while no Kanoon is formed anywhere. */
    public Optional<String> kanoonFor(Province province) {
        String own = kanoonsByProvince.get(province.code());
        if (own != null) {
            return Optional.of(own);
        }
        return kanoonsByProvince.keySet().stream()
                .map(code -> Provinces.byCode(code).orElseThrow())
                .min(Comparator.comparingDouble(province::distanceKmTo).thenComparing(Province::code))
                .map(p -> kanoonsByProvince.get(p.code()));
    }

    /** Every province with the Kanoon covering it (absent while none is formed). */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Province p : Provinces.all()) {
            kanoonFor(p).ifPresent(k -> all.put(p.code(), k));
        }
        return all;
    }

    /** The coverage once a Kanoon is formed for this province as well. */
    public KanoonCoverage with(String provinceCode, String kanoonId) {
        Map<String, String> more = new LinkedHashMap<>(kanoonsByProvince);
        more.put(provinceCode, kanoonId);
        return new KanoonCoverage(more);
    }
}
