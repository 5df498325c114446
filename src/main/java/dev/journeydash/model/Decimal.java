package dev.journeydash.model;

/** The decimal separator of numbers in the data: detected per file, or declared. */
public enum Decimal {
    /** Decided from the data: a number such as 1.234,5 proves a comma, 1,234.5 a point. */
    DETECT,
    /** 1,234.5 */
    POINT,
    /** 1.234,5 */
    COMMA;

    /** The separator character, '.' or ','; 0 for DETECT. */
    public char separator() {
        return switch (this) {
            case DETECT -> 0;
            case POINT -> '.';
            case COMMA -> ',';
        };
    }

    /** POINT for "." and COMMA for ","; null otherwise. */
    public static Decimal ofText(String text) {
        return switch (text) {
            case "." -> POINT;
            case "," -> COMMA;
            default -> null;
        };
    }
}
