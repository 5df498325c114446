package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.Status;

/**
 * Status cells hold a code, never a word: 1 on track, 2 at risk, 3 off track, "" when the
 * score is blank. A number format with conditional sections shows the code as the status's
 * word, so that formulas and conditional formats compare numbers and the words can be
 * translated in the format alone.
 */
final class StatusCells {
    private StatusCells() { }

    /** The code of {@code status}; NaN (a blank cell) for null. */
    static double code(Status status) {
        if (status == null) {
            return Double.NaN;
        }
        return switch (status) {
            case ON_TRACK -> 1;
            case AT_RISK -> 2;
            case OFF_TRACK -> 3;
        };
    }

    /** {@code [=1]"On track";[=2]"At risk";"Off track"}: the words for the codes; text (the blank "") shows as it is. */
    static String format(Labels labels) {
        return "[=" + (int) code(Status.ON_TRACK) + "]" + quoted(word(Status.ON_TRACK, labels)) + ";[=" + (int) code(Status.AT_RISK)
                + "]" + quoted(word(Status.AT_RISK, labels)) + ";" + quoted(word(Status.OFF_TRACK, labels));
    }

    /** The word of {@code status} in {@code labels}' language: the bundle's "status.1" for code 1. */
    static String word(Status status, Labels labels) {
        return labels.get("status." + (int) code(status));
    }

    /** The status code of the score in cell {@code score} against the amber score in cell {@code amber}; "" when blank. */
    static String formula(String score, String amber) {
        return "IF(ISNUMBER(" + score + "),IF(" + score + ">=1," + (int) code(Status.ON_TRACK) + ",IF(" + score + ">=" + amber
                + "," + (int) code(Status.AT_RISK) + "," + (int) code(Status.OFF_TRACK) + ")),\"\")";
    }

    /** The formula of a conditional format that is true where {@code cell} holds the code of {@code status}. */
    static String is(String cell, Status status) {
        return cell + "=" + (int) code(status);
    }

    /** A word as a number format's literal: in quotes, without quotes of its own. */
    private static String quoted(String word) {
        return Styles.literal(word);
    }
}
