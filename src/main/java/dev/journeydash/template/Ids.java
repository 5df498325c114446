package dev.journeydash.template;

import dev.journeydash.io.YamlFields;

import java.util.Map;
import java.util.regex.Pattern;

/** The rules for ids of measures, stages and KPIs, and their default labels. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private Ids() { }

    static void check(YamlFields fields, String id, int line, String ctx) {
        if (!ID.matcher(id).matches()) {
            fields.problem(line, ctx, "\"" + id + "\" is not a valid id: use lower-case letters, digits and _, starting with a letter");
        }
    }

    /** Records {@code id} as used {@code where}; a second use is a problem naming the first. */
    static void claim(YamlFields fields, Map<String, String> ids, String id, String where, int line, String ctx) {
        String first = ids.putIfAbsent(id, where);
        if (first != null) {
            fields.problem(line, ctx, "duplicate id \"" + id + "\", already used by " + first
                    + "; ids must be unique across measures, stages and KPIs");
        }
    }

    /** "add_to_carts" as a label: "Add to carts". */
    static String defaultLabel(String id) {
        String s = id.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
