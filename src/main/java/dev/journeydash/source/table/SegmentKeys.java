package dev.journeydash.source.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Numbers the distinct segment keys (one text per segment column) in the order they are first seen. */
final class SegmentKeys {
    private final Map<List<String>, Integer> ids = new HashMap<>();
    private final List<List<String>> keys = new ArrayList<>();
    private final int max;

    /** @param max most keys numbered; later new keys get -1 */
    SegmentKeys(int max) {
        this.max = max;
    }

    /**
     * The 0-based number of {@code key}, or -1 when it is new and {@code max} keys are numbered
     * already. {@code key} may be a view the caller reuses: a new key is copied.
     */
    int idOf(List<String> key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        if (keys.size() >= max) {
            return -1;
        }
        List<String> copy = List.copyOf(key);
        ids.put(copy, keys.size());
        keys.add(copy);
        return keys.size() - 1;
    }

    int size() {
        return keys.size();
    }

    List<List<String>> keys() {
        return keys;
    }
}
