package dev.journeydash.model;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/** A parsed KPI formula. Evaluation and translation to Excel live with their consumers. */
public sealed interface Expr {

    /** A number literal. */
    record Num(double value) implements Expr { }

    /** A reference to a measure or a KPI by id. */
    record Ref(String id) implements Expr {
        public Ref { Objects.requireNonNull(id, "id"); }
    }

    /** {@code prev(x)}: the value of {@code x} one period earlier. */
    record Prev(Expr arg) implements Expr {
        public Prev { Objects.requireNonNull(arg, "arg"); }
    }

    /** Unary minus. */
    record Neg(Expr arg) implements Expr {
        public Neg { Objects.requireNonNull(arg, "arg"); }
    }

    /** Arithmetic or comparison; {@code op} is one of {@code + - * / = <> < > <= >=}. */
    record Binary(String op, Expr left, Expr right) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        public boolean isComparison() {
            return switch (op) {
                case "=", "<>", "<", ">", "<=", ">=" -> true;
                default -> false;
            };
        }
    }

    /** A function call; {@code name} is upper case: MIN, MAX, ABS, ROUND or IF. */
    record Call(String name, List<Expr> args) implements Expr {
        public Call {
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }
    }

    /**
     * Calls {@code visitor} with every reference in this expression and its period offset
     * (0 for the current period, 1 for one {@code prev} deep, and so on).
     */
    default void forEachRef(BiConsumer<String, Integer> visitor) {
        walk(this, 0, visitor);
    }

    private static void walk(Expr e, int lag, BiConsumer<String, Integer> visitor) {
        if (e instanceof Ref r) {
            visitor.accept(r.id(), lag);
        } else if (e instanceof Prev p) {
            walk(p.arg(), lag + 1, visitor);
        } else if (e instanceof Neg n) {
            walk(n.arg(), lag, visitor);
        } else if (e instanceof Binary b) {
            walk(b.left(), lag, visitor);
            walk(b.right(), lag, visitor);
        } else if (e instanceof Call c) {
            c.args().forEach(a -> walk(a, lag, visitor));
        }
    }
}
