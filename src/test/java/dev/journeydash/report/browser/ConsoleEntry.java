package dev.journeydash.report.browser;

/**
 * One message the page left in the browser's console: a {@code console.*} call (source
 * {@code console-api}), a browser log entry (source as Chromium names it: {@code security} for
 * Content-Security-Policy violations, {@code network}, {@code javascript}, ...) or an uncaught
 * exception (source {@code exception}, level {@code error}).
 *
 * @param level {@code error}, {@code warning}, {@code info}, {@code log}, {@code debug}, ... as Chromium reports it
 * @param url the script or resource it came from; empty if Chromium gave none
 * @param line 1-based line in {@code url}; 0 if unknown
 */
public record ConsoleEntry(String source, String level, String text, String url, int line) {

    public boolean isError() {
        return level.equals("error");
    }

    /** A Content-Security-Policy violation: Chromium reports those as console errors that name the policy. */
    public boolean isCspViolation() {
        return text.contains("Content Security Policy");
    }

    @Override
    public String toString() {
        return source + " " + level + ": " + text + (url.isEmpty() ? "" : " (" + url + (line > 0 ? ":" + line : "") + ")");
    }
}
