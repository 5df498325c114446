package dev.journeydash.report.chart;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An SVG chart parsed as XML (no DTD, namespace-aware), with the few questions the tests ask of it. */
final class SvgDoc {
    private static final Pattern FONT_SIZE = Pattern.compile("font-size: ?([0-9.]+)px");

    final Element root;

    /** A text element: where it starts (x, baseline y), its text, its font size in pixels and weight. */
    record Text(double x, double y, String text, double size, boolean bold) { }

    SvgDoc(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        root = doc.getDocumentElement();
    }

    List<Element> all(String localName) {
        List<Element> out = new ArrayList<>();
        NodeList list = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    List<Text> texts() {
        List<Text> out = new ArrayList<>();
        for (Element e : all("text")) {
            String style = e.getAttribute("style");
            Matcher m = FONT_SIZE.matcher(style);
            out.add(new Text(Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                    e.getTextContent(), m.find() ? Double.parseDouble(m.group(1)) : 0, style.contains("bold")));
        }
        return out;
    }

    List<String> textContents() {
        return texts().stream().map(Text::text).toList();
    }

    /** Rectangles filled with {@code #RRGGBB} (JFreeSVG writes the fill on the rectangle). */
    List<Element> rects(String hex) {
        String fill = "fill:" + rgb(hex);
        return all("rect").stream().filter(r -> r.getAttribute("style").startsWith(fill)).toList();
    }

    /** Paths whose group fills them with {@code #RRGGBB} and no stroke: markers (a circle is a path of curves). */
    List<Element> markers(String hex) {
        String style = "fill:" + rgb(hex) + ";stroke:none";
        return all("path").stream().filter(p -> style.equals(parentStyle(p)) && p.getAttribute("d").contains("C")).toList();
    }

    /** Paths stroked with {@code #RRGGBB} (lines). */
    List<Element> strokes(String hex) {
        String stroke = "stroke:" + rgb(hex) + ";";
        return all("path").stream().filter(p -> parentStyle(p).contains(stroke)).toList();
    }

    /** The x coordinates of a path's points (its M and L commands). */
    static List<Double> xs(Element path) {
        return java.util.Arrays.stream(path.getAttribute("d").split("[MLZ]")).filter(s -> !s.isBlank())
                .map(s -> Double.parseDouble(s.split(",")[0])).toList();
    }

    static String parentStyle(Element e) {
        Node parent = e.getParentNode();
        return parent instanceof Element p ? p.getAttribute("style") : "";
    }

    static String rgb(String hex) {
        int c = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (c >> 16 & 0xff) + "," + (c >> 8 & 0xff) + "," + (c & 0xff) + ")";
    }

    /** Count of a path command letter in a path's data. */
    static long commands(Element path, char command) {
        return path.getAttribute("d").chars().filter(c -> c == command).count();
    }
}
