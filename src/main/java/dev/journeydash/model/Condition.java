package dev.journeydash.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One condition on a column of a source's rows, as a template's {@code filter:} or a measure's
 * {@code where:} writes it. Text comparisons ignore case, as Excel's COUNTIFS does; numeric
 * comparisons hold only for cells that are numbers.
 *
 * @param column the column, named as in the export's header
 * @param op     the comparison
 * @param texts  the texts compared with (one for most ops, several for ONE_OF and NOT_ONE_OF); empty for numeric ops and EMPTY
 * @param number the number compared with, for GT, GE, LT and LE; NaN otherwise
 */
public record Condition(String column, Op op, List<String> texts, double number) {
    /** How a cell is compared. */
    public enum Op {
        IS("is"), NOT("not"), ONE_OF("one_of"), NOT_ONE_OF("not_one_of"), STARTS_WITH("starts_with"),
        NOT_STARTS_WITH("not_starts_with"), CONTAINS("contains"), NOT_CONTAINS("not_contains"), EMPTY("empty"),
        NOT_EMPTY("not_empty"), GT(">"), GE(">="), LT("<"), LE("<=");

        private final String word;

        Op(String word) {
            this.word = word;
        }

        /** The key in a template: {@code one_of}, {@code ">="}. */
        public String word() {
            return word;
        }

        /** Whether the op compares numbers. */
        public boolean numeric() {
            return this == GT || this == GE || this == LT || this == LE;
        }

        /** Whether the op compares texts (not EMPTY and NOT_EMPTY, which suit any cell). */
        public boolean textual() {
            return !numeric() && this != EMPTY && this != NOT_EMPTY;
        }

        /** The op written {@code word} in a template, or null. */
        public static Op ofWord(String word) {
            for (Op op : values()) {
                if (op.word.equals(word)) {
                    return op;
                }
            }
            return null;
        }
    }

    public Condition {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(op, "op");
        texts = List.copyOf(texts);
    }

    /** Whether a text cell (stripped; empty when blank) meets the condition. Not for numeric ops. */
    public boolean test(String cell) {
        return switch (op) {
            case IS -> cell.equalsIgnoreCase(texts.get(0));
            case NOT -> !cell.equalsIgnoreCase(texts.get(0));
            case ONE_OF -> oneOf(cell);
            case NOT_ONE_OF -> !oneOf(cell);
            case STARTS_WITH -> startsWith(cell);
            case NOT_STARTS_WITH -> !startsWith(cell);
            case CONTAINS -> cell.toLowerCase(Locale.ROOT).contains(lower(0));
            case NOT_CONTAINS -> !cell.toLowerCase(Locale.ROOT).contains(lower(0));
            case EMPTY -> cell.isEmpty();
            case NOT_EMPTY -> !cell.isEmpty();
            default -> throw new IllegalStateException(op + " compares numbers");
        };
    }

    private boolean oneOf(String cell) {
        for (String t : texts) {
            if (cell.equalsIgnoreCase(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(String cell) {
        String t = texts.get(0);
        return cell.regionMatches(true, 0, t, 0, t.length());
    }

    /** Whether a number cell (NaN when blank or not a number) meets a numeric condition, or EMPTY or NOT_EMPTY. */
    public boolean test(double cell) {
        if (op == Op.EMPTY || op == Op.NOT_EMPTY) {
            return Double.isNaN(cell) == (op == Op.EMPTY);
        }
        if (Double.isNaN(cell)) {
            return false;
        }
        return switch (op) {
            case GT -> cell > number;
            case GE -> cell >= number;
            case LT -> cell < number;
            case LE -> cell <= number;
            default -> throw new IllegalStateException(op + " compares texts");
        };
    }

    private String lower(int i) {
        return texts.get(i).toLowerCase(Locale.ROOT);
    }
}
