package io.cloudimages.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * An SVG chart of allowed versus achieved rate over time: one panel per limit, the requests the
 * fake saw in the sliding second before each tenth of a second, against the limit. Plain SVG
 * text, so that it is drawn the same on any machine, with no fonts or graphics libraries needed
 * where the benchmarks run.
 */
final class RateChart {

    private static final int WIDTH = 860;
    private static final int PANEL = 210;
    private static final int LEFT = 60;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private RateChart() {
    }

    static String svg(List<RateLimitHarness.Run> runs, int seconds) {
        int height = runs.size() * PANEL + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, height, WIDTH, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"15\" font-weight=\"bold\">Requests in the"
                + " last second, as the fake cloud counts them: allowed (red) and achieved (blue)</text>%n", LEFT));
        for (int i = 0; i < runs.size(); i++) {
            panel(svg, runs.get(i), seconds, 30 + i * PANEL);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder svg, RateLimitHarness.Run run, int seconds, int y0) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = PANEL - TOP - BOTTOM;
        int top = y0 + TOP;
        int bottom = top + plotHeight;
        double yMax = run.limit() * 1.2;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">limit %d/s, %d callers</text>%n",
                LEFT, top - 8, run.limit(), run.callers()));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT, top, plotWidth, plotHeight));
        for (int s = 0; s <= seconds; s += 5) {
            double x = LEFT + plotWidth * s / (double) seconds;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d s</text>%n", x, bottom + 16, s));
        }
        for (double value : new double[] {0, run.limit() / 2.0, run.limit()}) {
            double y = bottom - plotHeight * value / yMax;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
                    value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value)));
        }
        double limitY = bottom - plotHeight * run.limit() / yMax;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d62728\""
                + " stroke-width=\"2\" stroke-dasharray=\"6 4\"/>%n", LEFT, limitY, LEFT + plotWidth, limitY));
        StringBuilder points = new StringBuilder();
        List<Integer> timeline = run.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            double x = LEFT + plotWidth * (i + 1) / (10.0 * seconds);
            double y = bottom - plotHeight * timeline.get(i) / yMax;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>%n",
                points.toString().trim()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#d62728\">allowed %d</text>%n",
                LEFT + plotWidth - 4, limitY - 4, run.limit()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#1f77b4\">most in any"
                + " second %d, throttled %d</text>%n", LEFT + plotWidth - 4, bottom - 6, run.maxInAnySecond(), run.throttled()));
    }
}
