package dev.journeydash.report.browser;

/**
 * One thing {@link HtmlCheck} found wrong with a document, at a 1-based line and column: of the
 * element's start tag, or for a parse error the column just after the token the parser tripped on;
 * line and column 0 when it is about the whole document (a missing title, say).
 */
public record HtmlProblem(int line, int column, String message) {

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ", column " + column + ": " + message;
    }
}
