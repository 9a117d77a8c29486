package ir.daftar.core.kanoon;

import java.util.Objects;

/**
 * A25: a province of Iran and its centre, where a Kanoon may be formed; the centre's coordinates (decimal
 * degrees, WGS84) measure which Kanoon is nearest to a province that has none (ADR 1300).
 */
public record Province(String code, String nameFa, String nameEn, String centreFa, String centreEn, double latitude,
                       double longitude) {

    /** The mean radius of the Earth (IUGG), in kilometres. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public Province {
        Objects.requireNonNull(code, "code");
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("not a coordinate: " + latitude + "," + longitude);
        }
    }

    /** The great-circle distance between the two centres, in kilometres (haversine on a sphere of the mean radius). */
    public double distanceKmTo(Province other) {
        double p1 = Math.toRadians(latitude);
        double p2 = Math.toRadians(other.latitude);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
