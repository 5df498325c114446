package dev.journeydash.compute;

/** Where a KPI stands against its target in one period. */
public enum Status {
    /** The score is 1: the target is met. */
    ON_TRACK("On track"),
    /** The score is below 1 but at or above the KPI's amber score. */
    AT_RISK("At risk"),
    /** The score is below the KPI's amber score. */
    OFF_TRACK("Off track");

    private final String word;

    Status(String word) {
        this.word = word;
    }

    /** The English word the workbook shows today. */
    public String word() {
        return word;
    }

    /** The status of a score (0..1) against {@code amber}; null when the score is NaN (blank). */
    public static Status of(double score, double amber) {
        if (Double.isNaN(score)) {
            return null;
        }
        return score >= 1 ? ON_TRACK : score >= amber ? AT_RISK : OFF_TRACK;
    }
}
