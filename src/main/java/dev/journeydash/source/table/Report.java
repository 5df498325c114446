package dev.journeydash.source.table;

import dev.journeydash.model.InputException;
import dev.journeydash.model.InputException.Problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What reading one input found, shared by its source and the table stage: problems, collected
 * in the order they are found (at most {@link InputException#MAX_PROBLEMS}) and thrown together,
 * and notes for the user (how the file was decoded, what was detected, gaps).
 */
public final class Report {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** @param file the input as the user named it, for every problem */
    public Report(String file) {
        this.file = file;
    }

    /** The input as the user named it. */
    public String file() {
        return file;
    }

    /**
     * Records a problem, unless {@link InputException#MAX_PROBLEMS} are recorded already.
     *
     * @param line    1-based line (or row) of the input, 0 when not about one line
     * @param column  the column as messages name it, null when not about one column
     * @param message what is wrong and what was expected
     */
    public void problem(int line, String column, String message) {
        if (problems.size() < InputException.MAX_PROBLEMS) {
            problems.add(new Problem(file, line, column, message));
        }
    }

    /** Records a note for the user; it should start with the file name. */
    public void note(String note) {
        notes.add(note);
    }

    /** The notes so far, in the order they were made (a read-only view). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Throws the problems recorded so far, all in one exception; returns when there are none. */
    public void throwIfProblems() throws InputException {
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }
}
