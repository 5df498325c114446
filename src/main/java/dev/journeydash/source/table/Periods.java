package dev.journeydash.source.table;

import dev.journeydash.model.Granularity;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Consecutive periods from the data's first to its last, at most {@link #MAX}; which period a day is in; the gaps. */
final class Periods {
    /** Most periods accepted. */
    static final int MAX = 5_000;

    private final List<Period> list;
    /** Each period's first day, as an epoch day. */
    private final int[] starts;

    private Periods(List<Period> list) {
        this.list = List.copyOf(list);
        this.starts = list.stream().mapToInt(p -> (int) p.start().toEpochDay()).toArray();
    }

    /** The periods from {@code first} to {@code last}; {@code file} names the input when they are too many. */
    static Periods between(Period first, Period last, String file) throws InputException {
        Granularity granularity = first.granularity();
        List<Period> periods = new ArrayList<>();
        for (Period p = first; p.compareTo(last) <= 0; p = p.next()) {
            if (periods.size() >= MAX) {
                throw InputException.of(file, "the data spans more than %,d %ss (%s to %s); check the periods",
                        MAX, granularity.word(), first.label(), last.label());
            }
            periods.add(p);
        }
        return new Periods(periods);
    }

    List<Period> list() {
        return list;
    }

    int size() {
        return list.size();
    }

    /** The 0-based index of the period that holds {@code epochDay}, a day from the first period to the last. */
    int indexOf(int epochDay) {
        int i = Arrays.binarySearch(starts, epochDay);
        return i >= 0 ? i : -i - 2;
    }

    /** The note on the periods that have no row ({@code rows[i] == 0}), or none when every period has one. */
    Optional<String> gapNote(String file, int[] rows) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (rows[i] == 0) {
                missing.add(list.get(i).label());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file + ": no data for " + (missing.size() <= 6 ? String.join(", ", missing)
                : missing.size() + " periods (" + missing.get(0) + " ... " + missing.get(missing.size() - 1) + ")")
                + "; left blank");
    }
}
