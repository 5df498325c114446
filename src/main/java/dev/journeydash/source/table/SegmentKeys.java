package dev.journeydash.source.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct segment keys (one text per segment column) in the order they are first seen. */
final class SegmentKeys {
    private final Map<List<String>, Integer> ids = new HashMap<>();
    private final List<List<String>> keys = new ArrayList<>();

    /** The 0-based number of {@code key}. {@code key} may be a view the caller reuses: a new key is copied. */
    int idOf(List<String> key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        List<String> copy = List.copyOf(key);
        ids.put(copy, keys.size());
        keys.add(copy);
        return keys.size() - 1;
    }

    List<List<String>> keys() {
        return keys;
    }
}
