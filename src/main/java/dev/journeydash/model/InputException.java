package dev.journeydash.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: one or more problems, each naming the file and, where it applies, the line,
 * column and value, and saying what was expected. The CLI prints {@link #getMessage()}
 * without a stack trace.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Most problems collected from one file before reading stops. */
    public static final int MAX_PROBLEMS = 50;

    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(render(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    /** A value as messages quote it: in quotes, cut short (with its length) when over 60 characters. */
    public static String quoted(String value) {
        return value.length() > 60 ? "\"" + value.substring(0, 57) + "...\" (" + String.format("%,d", value.length())
                + " characters)" : "\"" + value + "\"";
    }

    /** Shorthand for a problem with no line: {@code file: message}. */
    public static InputException of(String file, String format, Object... args) {
        return new InputException(new Problem(file, 0, null, String.format(format, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * One thing wrong with an input file.
     *
     * @param file    the file name as the user gave it
     * @param line    1-based line number, 0 when not about one line
     * @param column  column name or number; null when not about one column
     * @param message what is wrong and what was expected, including the offending value
     */
    public record Problem(String file, int line, String column, String message) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(file);
            if (line > 0) {
                sb.append(": line ").append(line);
                if (column != null) {
                    sb.append(", column \"").append(column).append('"');
                }
            } else if (column != null) {
                sb.append(": column \"").append(column).append('"');
            }
            return sb.append(": ").append(message).toString();
        }
    }
}
