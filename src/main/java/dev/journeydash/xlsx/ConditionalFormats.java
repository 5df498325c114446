package dev.journeydash.xlsx;

import dev.journeydash.compute.Status;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.IconMultiStateFormatting.IconSet;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The conditional formats several sheets share: fills by formula, status colours, traffic lights, data bars, colour scales. */
final class ConditionalFormats {
    private ConditionalFormats() { }

    /** A rule that fills a cell with {@code fill} (a theme colour where the theme holds it) where {@code formula} is true. */
    static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String formula, XSSFColor fill) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        rule.createPatternFormatting().setFillBackgroundColor(fill);
        rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    /** Green, amber and red fills on the status codes ({@link StatusCells}) of column {@code col}, rows {@code first..last} (1-based). */
    static void statusColours(SheetConditionalFormatting cf, int col, int first, int last, Styles styles) {
        CellRangeAddress[] range = {new CellRangeAddress(first - 1, last - 1, col, col)};
        String g = Refs.col(col) + first;
        cf.addConditionalFormatting(range, new ConditionalFormattingRule[] {
            rule(cf, StatusCells.is(g, Status.ON_TRACK), styles.color(styles.theme().good())),
            rule(cf, StatusCells.is(g, Status.AT_RISK), styles.color(styles.theme().warn())),
            rule(cf, StatusCells.is(g, Status.OFF_TRACK), styles.color(styles.theme().bad()))});
    }

    /** Traffic-light icons on a score: green at 100 %, amber from {@code amberCell}, red below. */
    static void trafficLights(SheetConditionalFormatting cf, CellRangeAddress range, String amberCell) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(IconSet.GYR_3_TRAFFIC_LIGHTS);
        ConditionalFormattingThreshold[] t = rule.getMultiStateFormatting().getThresholds();
        t[0].setRangeType(RangeType.NUMBER);
        t[0].setValue(0d);
        t[1].setRangeType(RangeType.NUMBER);
        t[1].setFormula(amberCell);
        t[2].setRangeType(RangeType.NUMBER);
        t[2].setValue(1d);
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }

    /** A data bar in {@code colour}, scaled from 0 to the range's maximum. */
    static ConditionalFormattingRule dataBar(SheetConditionalFormatting cf, XSSFColor colour) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(colour);
        var bar = rule.getDataBarFormatting();
        bar.getMinThreshold().setRangeType(RangeType.NUMBER);
        bar.getMinThreshold().setValue(0d);
        bar.getMaxThreshold().setRangeType(RangeType.MAX);
        bar.setWidthMin(0);
        bar.setWidthMax(100);
        return rule;
    }

    /** Red (50 % and below) to amber (85 %) to green (100 %), for scores. */
    static ConditionalFormattingRule colourScale(SheetConditionalFormatting cf, Styles styles) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
        var scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        double[] at = {0.5, 0.85, 1};
        ConditionalFormattingThreshold[] t = scale.getThresholds();
        for (int i = 0; i < 3; i++) {
            t[i].setRangeType(RangeType.NUMBER);
            t[i].setValue(at[i]);
        }
        scale.setThresholds(t);
        var theme = styles.theme();
        scale.setColors(new Color[] {styles.color(theme.bad()), styles.color(theme.warn()), styles.color(theme.good())});
        return rule;
    }
}
