package org.w3id.hpkg.report;

import java.util.Locale;
import org.owasp.encoder.Encode;

/** A small writer of SVG markup: shapes, text and escaping, with coordinates rounded to 0.1 px. */
final class Svg {

    static final String FONT = "'Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei','PingFang SC',"
            + "'Microsoft YaHei',sans-serif";

    private final StringBuilder out = new StringBuilder();
    private final double width;
    private final double height;

    Svg(double width, double height, String cssClass, String label) {
        this.width = width;
        this.height = height;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass).append("\" width=\"")
                .append(n(width)).append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" role=\"img\" aria-label=\"")
                .append(Encode.forXml(label)).append("\" font-family=\"").append(FONT).append("\" font-size=\"12\">");
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    Svg open(String cssClass) {
        out.append("<g class=\"").append(cssClass).append("\">");
        return this;
    }

    Svg close() {
        out.append("</g>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String title) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append('"');
        return end("rect", title);
    }

    Svg circle(double cx, double cy, double r, String fill, String title) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\" fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"1\"");
        return end("circle", title);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append("\"/>");
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String anchor, String cssClass) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (cssClass != null) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(Encode.forXml(text)).append("</text>");
        return this;
    }

    private Svg end(String element, String title) {
        if (title == null) {
            out.append("/>");
        } else {
            out.append("><title>").append(Encode.forXml(title)).append("</title></").append(element).append('>');
        }
        return this;
    }

    /** A legend row by row: a swatch and its label for each entry, from (x, y) downwards. */
    Svg legend(double x, double y, java.util.List<String> labels, java.util.List<String> colors, String heading) {
        open("legend");
        double row = y;
        if (heading != null) {
            text(x, row + 4, heading, "start", "legend-heading");
            row += 18;
        }
        for (int i = 0; i < labels.size(); i++) {
            rect(x, row - 5, 10, 10, colors.get(i), null);
            text(x + 15, row + 4, labels.get(i), "start", "legend-label");
            row += 18;
        }
        return close();
    }

    @Override
    public String toString() {
        return out + "</svg>";
    }

    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** An estimate of a text's width at a font size: Chinese characters are square, Latin ones narrower. */
    static double textWidth(String text, double fontSize) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c < 0x2E80 ? (Character.isUpperCase(c) ? 0.68 : 0.56) : 1.0;
        }
        return w * fontSize;
    }
}
