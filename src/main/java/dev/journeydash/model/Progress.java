package dev.journeydash.model;

/**
 * Receives progress of a long run: the phase, and rows processed so far in it. Calls come from
 * the working thread; implementations must be cheap.
 */
public interface Progress {
    /** A new phase begins, e.g. "reading data". */
    void phase(String name);

    /** {@code rows} rows of the current phase are done. */
    void rows(long rows);

    /** Ignores everything. */
    Progress NONE = new Progress() {
        @Override
        public void phase(String name) { }

        @Override
        public void rows(long rows) { }
    };
}
