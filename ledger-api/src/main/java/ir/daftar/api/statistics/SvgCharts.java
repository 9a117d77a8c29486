package ir.daftar.api.statistics;

import ir.daftar.api.web.Jalali;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as inline SVG (no script, no chart library, no CDN; presentation attributes only, so the
 * pages' content security policy holds). Each chart is an image with a title for screen readers; the figures it shows
 * are also in the page's tables. Numbers in Persian digits when {@code persian}.
 */
final class SvgCharts {

    static final String FIRST = "#1f6f8b";
    static final String SECOND = "#e39b2d";
    static final String FLAGGED = "#b3261e";

    /** One series of a grouped bar chart. */
    record Series(String name, String colour, List<Double> values) {
    }

    private SvgCharts() {
    }

    /** Vertical bars, one group per label (e.g. a Jalali month), one bar per series, with a legend. */
    static String bars(String title, List<String> labels, List<Series> series, boolean persian) {
        int width = 640;
        int height = 260;
        int left = 48;
        int bottom = 40;
        int top = 36;
        double max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).max()
                .orElse(1));
        double plotHeight = height - top - bottom;
        double group = labels.isEmpty() ? 0 : (double) (width - left - 8) / labels.size();
        double bar = labels.isEmpty() ? 0 : Math.min(40, group * 0.8 / Math.max(1, series.size()));
        StringBuilder svg = open(title, width, height);
        axis(svg, left, top, width, height - bottom, max, persian);
        for (int i = 0; i < labels.size(); i++) {
            double x0 = left + i * group + (group - bar * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values().get(i);
                double h = v / max * plotHeight;
                double x = x0 + s * bar;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %s</title></rect>",
                        x, height - bottom - h, bar - 2, h, series.get(s).colour(), escape(series.get(s).name()),
                        number(v, persian)));
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">%s</text>",
                        x + (bar - 2) / 2, height - bottom - h - 3, number(v, persian)));
            }
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" fill=\"#222\">%s</text>",
                    left + i * group + group / 2, height - bottom + 18, escape(digits(labels.get(i), persian))));
        }
        int lx = left;
        for (Series s : series) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"%s\"/>", lx,
                    s.colour()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"19\" font-size=\"12\" fill=\"#222\">%s</text>", lx + 16,
                    escape(s.name())));
            lx += 20 + 9 * s.name().length();
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars, one per label (an office), those flagged in red. */
    static String horizontal(String title, List<String> labels, List<Double> values, List<Boolean> flagged, boolean persian) {
        int width = 640;
        int row = 28;
        int left = 150;
        int height = 30 + row * Math.max(1, labels.size());
        double max = Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        StringBuilder svg = open(title, width, height);
        for (int i = 0; i < labels.size(); i++) {
            double w = values.get(i) / max * (width - left - 70);
            int y = 10 + i * row;
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\" fill=\"#222\">%s</text>", left - 8, y + 15,
                    escape(digits(labels.get(i), persian))));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>", left, y,
                    Math.max(1, w), row - 8, flagged.get(i) ? FLAGGED : FIRST, number(values.get(i), persian)));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#222\">%s</text>",
                    left + Math.max(1, w) + 6, y + 15, number(values.get(i), persian)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int width, int height) {
        String id = "chart-" + Integer.toHexString(title.hashCode());
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" "
                        + "aria-labelledby=\"%s\" direction=\"ltr\"><title id=\"%s\">%s</title>"
                        + "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>",
                width, height, id, id, escape(title), width, height));
    }

    private static void axis(StringBuilder svg, int left, int top, int width, int base, double max, boolean persian) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", left, base,
                width - 4, base));
        for (int k = 0; k <= 4; k++) {
            double v = max * k / 4;
            double y = base - (base - top) * k / 4.0;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#555\">%s</text>",
                    left, y, width - 4, y, left - 4, y + 4, number(v, persian)));
        }
    }

    static String number(double v, boolean persian) {
        String text = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
        return digits(text, persian);
    }

    private static String digits(String text, boolean persian) {
        return persian ? Jalali.digits(text) : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
