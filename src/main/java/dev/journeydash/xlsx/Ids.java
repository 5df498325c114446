package dev.journeydash.xlsx;

import java.util.Map;

/** Look-ups by id in the layout's maps, with a message naming what was asked for. */
final class Ids {
    private Ids() { }

    static <T> T get(Map<String, T> map, String id, String what) {
        T v = map.get(id);
        if (v == null) {
            throw new IllegalArgumentException("the journey has no " + what + " \"" + id + "\"");
        }
        return v;
    }
}
