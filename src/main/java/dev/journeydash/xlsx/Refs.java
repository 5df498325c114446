package dev.journeydash.xlsx;

import org.apache.poi.ss.util.CellReference;

import java.util.List;

/** A1 references and the formula pieces several sheets share. Rows are 1-based, columns 0-based. */
final class Refs {
    private Refs() { }

    /** A sheet name as it must appear in a formula: always quoted, quotes doubled. */
    /** {@code sheet} as a formula names it: bare when it is plain ASCII letters ("Targets"), else quoted. */
    static String sheet(String sheet) {
        return sheet.matches("[A-Za-z][A-Za-z_]*") && sheet.length() < 20 ? sheet : q(sheet);
    }

    static String q(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** The column's letters: 0 is A. */
    static String col(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** Absolute cell, e.g. {@code $C$4}. */
    static String cell(int column, int row) {
        return "$" + col(column) + "$" + row;
    }

    /** Absolute range of one column from {@code row1} to {@code row2}, e.g. {@code $C$2:$C$61}. */
    static String abs(int column, int row1, int row2) {
        String c = col(column);
        return "$" + c + "$" + row1 + ":$" + c + "$" + row2;
    }

    /**
     * Weighted mean of the cells that hold numbers:
     * {@code IF(COUNT(..)=0,"",(IF(ISNUMBER(s1),s1*w1,0)+..)/(IF(ISNUMBER(s1),w1,0)+..))}.
     */
    static String weightedMean(List<String> values, List<String> weights) {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String wt = weights.get(i);
            if (i > 0) {
                num.append('+');
                den.append('+');
            }
            num.append("IF(ISNUMBER(").append(v).append("),").append(v).append('*').append(wt).append(",0)");
            den.append("IF(ISNUMBER(").append(v).append("),").append(wt).append(",0)");
        }
        return "IF(COUNT(" + String.join(",", values) + ")=0,\"\",(" + num + ")/(" + den + "))";
    }
}
