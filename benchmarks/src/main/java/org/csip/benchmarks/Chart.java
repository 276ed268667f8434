package org.csip.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * A scenario's chart for docs/performance.md, drawn as SVG by the benchmark itself (Gatling's charts stay in its HTML
 * reports, which are not committed): each row a pair of horizontal bars, the two sides measured in the same run.
 */
final class Chart {
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_AREA = 420;
    private static final int BAR_HEIGHT = 14;
    private static final int ROW_HEIGHT = 2 * BAR_HEIGHT + 14;
    private static final String FIRST_COLOUR = "#1d70b8";
    private static final String SECOND_COLOUR = "#f47738";

    /** One row: what is measured, and each side's value. */
    record Row(String label, double first, double second) {
    }

    private Chart() {
    }

    /** The chart: {@code title}, the unit, the two sides' names (first blue, second orange) and the rows. */
    static String pairs(String title, String unit, String firstName, String secondName, List<Row> rows) {
        double max = rows.stream().mapToDouble(row -> Math.max(row.first(), row.second())).max().orElse(1);
        max = max <= 0 ? 1 : max;
        int height = 58 + rows.size() * ROW_HEIGHT + 24;
        int width = LABEL_WIDTH + BAR_AREA + 90;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.UK, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"Arial, sans-serif\" font-size=\"12\" role=\"img\""
                + " aria-label=\"%s\">%n", width, height, width, height, escape(title)));
        svg.append(String.format(Locale.UK, "<title>%s</title>%n<rect width=\"100%%\" height=\"100%%\" fill=\"#fff\"/>%n",
                escape(title)));
        svg.append(String.format(Locale.UK, "<text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                escape(title + " (" + unit + ")")));
        legend(svg, 8, 40, FIRST_COLOUR, firstName);
        legend(svg, 8 + 16 + 7 * firstName.length() + 30, 40, SECOND_COLOUR, secondName);
        int y = 58;
        for (Row row : rows) {
            svg.append(String.format(Locale.UK, "<text x=\"8\" y=\"%d\">%s</text>%n", y + BAR_HEIGHT + 4,
                    escape(row.label())));
            bar(svg, y, row.first(), max, FIRST_COLOUR);
            bar(svg, y + BAR_HEIGHT + 2, row.second(), max, SECOND_COLOUR);
            y += ROW_HEIGHT;
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, int x, int y, String colour, String name) {
        svg.append(String.format(Locale.UK, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\">%s</text>%n", x, y - 10, colour, x + 16, y, escape(name)));
    }

    private static void bar(StringBuilder svg, int y, double value, double max, String colour) {
        int length = (int) Math.round(BAR_AREA * Math.max(0, value) / max);
        svg.append(String.format(Locale.UK, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\">%s</text>%n", LABEL_WIDTH, y, Math.max(1, length), BAR_HEIGHT, colour,
                LABEL_WIDTH + length + 4, y + BAR_HEIGHT - 3, number(value)));
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.UK, "%,.0f", value) : String.format(Locale.UK, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
