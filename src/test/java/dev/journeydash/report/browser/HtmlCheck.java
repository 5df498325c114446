package dev.journeydash.report.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Checks that an HTML file is a valid, self-contained HTML5 document, without a network: jsoup's
 * HTML5 parser reports the parse errors of the spec (misnested and stray end tags, elements still
 * open at the end of the file, misplaced content), and the tree it builds is checked for duplicate ids, a missing doctype, lang,
 * title, charset or viewport, images without alt text, any script (inline handlers, {@code <script>},
 * {@code javascript:} URLs) and any URL that is not a {@code data:} URL or a {@code #fragment}
 * (in src, href, srcset, poster, action, and {@code url(...)} or {@code @import} in CSS).
 *
 * <p>This stands in for the Nu HTML Checker, which the Maven registry we reach does not serve:
 * it does not check content models (which element may contain which) or attribute values.
 */
public final class HtmlCheck {

    private static final List<String> URL_ATTRIBUTES = List.of("src", "href", "xlink:href", "poster", "action", "formaction",
            "data", "background", "cite", "longdesc", "manifest", "ping");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)|@import\\s+(['\"])(.*?)\\3",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlCheck() {
    }

    /** Every problem in {@code html}, sorted by position; empty for a valid self-contained document. */
    public static List<HtmlProblem> check(String html) {
        Positions positions = new Positions(html);
        Parser parser = Parser.htmlParser().setTrackErrors(1000).setTrackPosition(true);
        Document doc = parser.parseInput(html, "");
        List<HtmlProblem> problems = new ArrayList<>();
        for (ParseError e : parser.getErrors()) problems.add(positions.at(e.getPosition(), e.getErrorMessage()));
        checkDocument(doc, problems);
        Map<String, Element> ids = new HashMap<>();
        for (Element el : doc.getAllElements()) {
            checkElement(el, positions, ids, problems);
        }
        problems.sort(Comparator.comparingInt(HtmlProblem::line).thenComparingInt(HtmlProblem::column));
        return List.copyOf(problems);
    }

    private static void checkDocument(Document doc, List<HtmlProblem> problems) {
        boolean html5Doctype = doc.childNodes().stream().anyMatch(n -> n instanceof DocumentType d
                && d.name().equalsIgnoreCase("html") && d.publicId().isEmpty());
        if (!html5Doctype) problems.add(new HtmlProblem(0, 0, "no <!DOCTYPE html> before <html>"));
        if (doc.selectFirst("html[lang]:not([lang=''])") == null) problems.add(new HtmlProblem(0, 0, "<html> has no lang attribute"));
        Element title = doc.head().selectFirst("title");
        if (title == null || title.text().isBlank()) problems.add(new HtmlProblem(0, 0, "no <title> with text in <head>"));
        if (doc.head().selectFirst("meta[charset]") == null) problems.add(new HtmlProblem(0, 0, "no <meta charset> in <head>"));
        if (doc.head().selectFirst("meta[name=viewport]") == null) {
            problems.add(new HtmlProblem(0, 0, "no <meta name=\"viewport\"> in <head> (phones would show the page zoomed out)"));
        }
    }

    private static void checkElement(Element el, Positions positions, Map<String, Element> ids, List<HtmlProblem> problems) {
        if (!el.sourceRange().isTracked()) return; // made up by the parser (an implied html, head, body, tbody)
        int at = el.sourceRange().start().pos();
        String name = el.normalName();
        String id = el.id();
        if (!id.isEmpty()) {
            Element first = ids.putIfAbsent(id, el);
            if (first != null) {
                problems.add(positions.at(at, "duplicate id \"" + id + "\" (first at "
                        + positions.describe(first.sourceRange().start().pos()) + ")"));
            }
        }
        if (name.equals("img") && !el.hasAttr("alt")) problems.add(positions.at(at, "<img> has no alt attribute"));
        if (name.equals("script")) {
            problems.add(positions.at(at, el.hasAttr("src") ? "<script src> loads a script" : "<script> (the report needs none)"));
        }
        for (Attribute a : el.attributes()) {
            String key = a.getKey().toLowerCase();
            String value = a.getValue().strip();
            if (key.startsWith("on")) problems.add(positions.at(at, "inline event handler " + key + " on <" + name + ">"));
            if (URL_ATTRIBUTES.contains(key)) checkUrl(value, key + " of <" + name + ">", at, positions, problems);
            if (key.equals("srcset")) {
                for (String url : srcsetUrls(value)) checkUrl(url, "srcset of <" + name + ">", at, positions, problems);
            }
            if (key.equals("style")) checkCss(value, "style of <" + name + ">", at, positions, problems);
        }
        if (name.equals("style")) {
            String css = el.dataNodes().stream().map(DataNode::getWholeData).reduce("", String::concat);
            checkCss(css, "<style>", at, positions, problems);
        }
    }

    /** The URLs of a srcset, as the spec splits it: a URL runs to whitespace (a data: URL has commas), descriptors to a comma. */
    static List<String> srcsetUrls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) i++;
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                url = url.replaceAll(",+$", "");
            } else {
                while (i < n && srcset.charAt(i) != ',') i++; // the descriptors
            }
            if (!url.isEmpty()) urls.add(url);
        }
        return urls;
    }

    private static void checkCss(String css, String where, int at, Positions positions, List<HtmlProblem> problems) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(2) != null ? m.group(2) : m.group(4);
            checkUrl(url.strip(), (m.group(2) != null ? "url(...)" : "@import") + " in " + where, at, positions, problems);
        }
    }

    private static void checkUrl(String url, String where, int at, Positions positions, List<HtmlProblem> problems) {
        String lower = url.toLowerCase();
        if (url.isEmpty() || url.startsWith("#") || lower.startsWith("data:")) return;
        if (lower.startsWith("javascript:")) {
            problems.add(positions.at(at, "javascript: URL in " + where));
        } else {
            problems.add(positions.at(at, "external URL " + url + " in " + where + " (a self-contained page uses data: URLs)"));
        }
    }

    /** Turns 0-based character offsets into 1-based lines and columns. */
    private static final class Positions {
        private final int[] lineStarts;

        Positions(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        HtmlProblem at(int offset, String message) {
            int i = Arrays.binarySearch(lineStarts, offset);
            int line = i >= 0 ? i : -i - 2;
            return new HtmlProblem(line + 1, offset - lineStarts[line] + 1, message);
        }

        String describe(int offset) {
            HtmlProblem p = at(offset, "");
            return "line " + p.line() + ", column " + p.column();
        }
    }
}
