package dev.journeydash.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Freemarker's messages in plain words: cut to what was wrong, and missing values explained from the data. */
final class FreemarkerText {
    /** Longest message kept from Freemarker, in characters. */
    static final int MAX_CHARS = 300;
    private static final int MAX_KNOWN = 10;

    private static final Pattern LOCATION = Pattern.compile(
            "\\s*\\[in template \"[^\"]*\"(?: in (?:macro|function) \"[^\"]*\")? at line \\d+, column \\d+]");
    private static final Pattern WRAPPER = Pattern.compile("\\s*\\(wrapper: [^)]*\\)");
    private static final Pattern HELP = Pattern.compile(
            "\\s*Help \\(latest version\\): \\S+?(?:; you're using FreeMarker [0-9.]+)?\\.(?=\\s|$)");
    private static final Pattern FORMAT_DETAILS = Pattern.compile("\\(mimeType=\"[^\"]*\", class=[^)]*\\)");
    private static final Pattern BUILT_IN_LIST = Pattern.compile("The alphabetical list of built-ins:.*", Pattern.DOTALL);
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private FreemarkerText() { }

    /** The first statement of a Freemarker message, on one line, without locations, tips or stack. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "the template failed";
        }
        String s = message;
        int tips = s.indexOf("\n----");
        if (tips >= 0) {
            s = s.substring(0, tips);
        }
        s = LOCATION.matcher(s).replaceAll("");
        s = WRAPPER.matcher(s).replaceAll("");
        s = HELP.matcher(s).replaceAll("");
        s = FORMAT_DETAILS.matcher(s).replaceAll("");
        s = BUILT_IN_LIST.matcher(s).replaceAll("See the built-in reference of the Freemarker manual.");
        s = s.replace("==>", " ").replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS - 3) + "...";
        }
        return s;
    }

    /**
     * Why an expression was missing: a name not in the data lists the names that are (in alphabetical order), a
     * key with a null value says it has no value; other expressions (a loop variable's field, an index) get a
     * general hint.
     */
    static String missing(String expression, Map<String, ?> data) {
        if (expression == null) {
            return "a value is missing or has no value";
        }
        String general = "\"" + expression + "\" is missing or has no value (write ${" + expression
                + "!\"-\"} to show a dash in its place)";
        if (!PATH.matcher(expression).matches()) {
            return general;
        }
        List<String> parts = List.of(expression.split("\\."));
        Object node = data;
        for (int i = 0; i < parts.size(); i++) {
            if (!(node instanceof Map<?, ?> map)) {
                return general;
            }
            String prefix = String.join(".", parts.subList(0, i));
            if (!map.containsKey(parts.get(i))) {
                return i == 0 && parts.size() > 1 ? general
                        : "\"" + expression + "\" is not in the data (known: " + known(map, prefix) + ")";
            }
            node = map.get(parts.get(i));
            if (node == null) {
                String path = String.join(".", parts.subList(0, i + 1));
                return "\"" + path + "\" has no value here (write ${" + path + "!\"-\"} to show a dash in its place)";
            }
        }
        return general;
    }

    private static String known(Map<?, ?> map, String prefix) {
        if (map.isEmpty()) {
            return "nothing";
        }
        String names = map.keySet().stream().map(String::valueOf).sorted().limit(MAX_KNOWN)
                .map(k -> prefix.isEmpty() ? k : prefix + "." + k).collect(Collectors.joining(", "));
        return map.size() > MAX_KNOWN ? names + ", ..." : names;
    }
}
