package ir.daftar.core.kanoon;

import ir.daftar.core.common.PersianText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A25: the 31 provinces and their centres, reference data read from {@code provinces.csv} beside this class (ADR 1300). */
public final class Provinces {

    private static final List<Province> ALL = load();
    private static final Map<String, Province> BY_NAME = index();

    private Provinces() {
    }

    /** Every province, in the file's order. */
    public static List<Province> all() {
        return ALL;
    }

    /** The province with this code, e.g. {@code qom}. */
    public static Optional<Province> byCode(String code) {
        return code == null ? Optional.empty() : ALL.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * The province an office's free-text province names: its code, its Persian or English name, or its centre's
     * name (Arabic letters, ZWNJ and case do not matter), e.g. {@code "قم"}, {@code "Qom"}, {@code "qom"}.
     */
    public static Optional<Province> find(String text) {
        String key = PersianText.comparable(text);
        return key == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(key));
    }

    private static Map<String, Province> index() {
        Map<String, Province> index = new LinkedHashMap<>();
        for (Province p : ALL) {
            for (String name : List.of(p.code(), p.nameFa(), p.nameEn(), p.centreFa(), p.centreEn())) {
                index.putIfAbsent(PersianText.comparable(name), p);
            }
            index.putIfAbsent(PersianText.comparable("استان " + p.nameFa()), p);
        }
        return Map.copyOf(index);
    }

    private static List<Province> load() {
        try (InputStream in = Provinces.class.getResourceAsStream("provinces.csv")) {
            if (in == null) {
                throw new IllegalStateException("provinces.csv is missing");
            }
            List<Province> provinces = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 7) {
                    throw new IllegalStateException("provinces.csv: seven fields expected in " + line);
                }
                provinces.add(new Province(f[0].strip(), PersianText.normalize(f[1]), f[2].strip(),
                        PersianText.normalize(f[3]), f[4].strip(), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            }
            return List.copyOf(provinces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
