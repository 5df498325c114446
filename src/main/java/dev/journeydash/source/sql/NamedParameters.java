package dev.journeydash.source.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's named parameters ({@code :client}, {@code :period_start}) turned into JDBC's positional
 * {@code ?}, outside string literals, quoted identifiers, dollar-quoted strings and comments; a
 * PostgreSQL cast ({@code x::date}) is left alone. Values are then bound, never pasted into the text.
 *
 * @param sql   the query with a {@code ?} for each parameter
 * @param names the parameter of each {@code ?}, in order (a name used twice appears twice)
 * @param bare  the 0-based offset of a {@code ?} the query writes itself, or -1: positional parameters
 *              cannot be given values, so such a query is refused
 */
record NamedParameters(String sql, List<String> names, int bare) {
    NamedParameters {
        names = List.copyOf(names);
    }

    /** The parameters of {@code query}. */
    static NamedParameters of(String query) {
        StringBuilder out = new StringBuilder(query.length());
        List<String> names = new ArrayList<>();
        int bare = -1;
        int n = query.length();
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            int end = skipped(query, i);
            if (end > i) {
                out.append(query, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && query.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && start(query.charAt(i + 1)) && (i == 0 || !part(query.charAt(i - 1)))) {
                int j = i + 1;
                while (j < n && part(query.charAt(j))) {
                    j++;
                }
                names.add(query.substring(i + 1, j).toLowerCase(java.util.Locale.ROOT));
                out.append('?');
                i = j;
            } else {
                if (c == '?' && bare < 0) {
                    bare = i;
                }
                out.append(c);
                i++;
            }
        }
        return new NamedParameters(out.toString(), names, bare);
    }

    /** The end of the literal, quoted identifier or comment that starts at {@code i}; {@code i} when none does. */
    private static int skipped(String q, int i) {
        char c = q.charAt(i);
        int n = q.length();
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < n) {
                if (q.charAt(j) == c) {
                    if (j + 1 < n && q.charAt(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return n;
        }
        if (c == '-' && i + 1 < n && q.charAt(i + 1) == '-') {
            int j = q.indexOf('\n', i);
            return j < 0 ? n : j;
        }
        if (c == '/' && i + 1 < n && q.charAt(i + 1) == '*') {
            int j = q.indexOf("*/", i + 2);
            return j < 0 ? n : j + 2;
        }
        if (c == '$' && (i == 0 || !part(q.charAt(i - 1)))) {
            int j = i + 1;
            while (j < n && part(q.charAt(j))) {
                j++;
            }
            if (j < n && q.charAt(j) == '$') {
                String tag = q.substring(i, j + 1);
                int close = q.indexOf(tag, j + 1);
                return close < 0 ? n : close + tag.length();
            }
        }
        return i;
    }

    private static boolean start(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean part(char c) {
        return start(c) || c >= '0' && c <= '9';
    }

    /** The 1-based line of offset {@code at} in {@code text}. */
    static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
