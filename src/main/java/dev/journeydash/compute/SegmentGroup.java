package dev.journeydash.compute;

import java.util.List;
import java.util.Objects;

/**
 * One choice of the segment selector besides "All": a value of the segment column, or "Other",
 * the values past the template's {@code top} (and rows whose segment cell is blank).
 *
 * @param name    the value as the data first spells it; empty for {@link #other() Other}
 * @param members the values the group holds, as spelt in the data: the value itself, or Other's values
 * @param volume  the total of the ranking measure over all periods
 * @param other   whether this is the group of the remaining values
 * @param blanks  whether Other also holds rows whose segment cell is blank
 */
public record SegmentGroup(String name, List<String> members, double volume, boolean other, boolean blanks) {
    public SegmentGroup {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
    }
}
