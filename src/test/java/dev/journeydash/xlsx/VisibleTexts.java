package dev.journeydash.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text a generated workbook shows, each with where it is: sheet names, string cells,
 * cached string results of formulas, the literals of number formats, data-validation prompts
 * and errors, comments, page headers and footers, and the texts of the charts' XML (titles,
 * series names, cached categories). The very hidden stamp sheet is machinery, not shown.
 */
final class VisibleTexts {
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern CHART_TEXT = Pattern.compile("<(?:\\w+:)?(?:v|t)>([^<]*)</");

    /** A text and where it was found. */
    record Text(String where, String text) { }

    private VisibleTexts() { }

    static List<Text> of(XSSFWorkbook wb) {
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            if (wb.getSheetVisibility(i) == SheetVisibility.VERY_HIDDEN) {
                continue;
            }
            String name = sheet.getSheetName();
            out.add(new Text("sheet name", name));
            cells(sheet, out);
            for (XSSFDataValidation dv : sheet.getDataValidations()) {
                String at = name + " validation " + dv.getRegions().getCellRangeAddress(0).formatAsString();
                for (String s : new String[] {dv.getPromptBoxTitle(), dv.getPromptBoxText(), dv.getErrorBoxTitle(),
                    dv.getErrorBoxText()}) {
                    if (s != null) {
                        out.add(new Text(at, s));
                    }
                }
            }
            for (XSSFComment c : sheet.getCellComments().values()) {
                out.add(new Text(name + "!" + c.getAddress() + " comment", c.getString().getString()));
            }
            for (String s : new String[] {sheet.getHeader().getLeft(), sheet.getHeader().getCenter(), sheet.getHeader().getRight(),
                sheet.getFooter().getLeft(), sheet.getFooter().getCenter(), sheet.getFooter().getRight()}) {
                String plain = s.replaceAll("&[A-Z]", " ").replace("&&", "&").strip();
                if (!plain.isEmpty()) {
                    out.add(new Text(name + " header/footer", plain));
                }
            }
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            if (drawing != null) {
                for (XSSFChart chart : drawing.getCharts()) {
                    charts(name, chart, out);
                }
            }
        }
        return out;
    }

    private static void cells(XSSFSheet sheet, List<Text> out) {
        for (Row row : sheet) {
            for (Cell c : row) {
                String at = sheet.getSheetName() + "!" + c.getAddress();
                if (c.getCellType() == CellType.STRING
                        || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.STRING) {
                    String s = c.getStringCellValue();
                    if (!s.isBlank()) {
                        out.add(new Text(at, s));
                    }
                }
                String format = c.getCellStyle().getDataFormatString();
                if (format != null) {
                    Matcher m = LITERAL.matcher(format);
                    while (m.find()) {
                        if (!m.group(1).isBlank()) {
                            out.add(new Text(at + " format " + format, m.group(1)));
                        }
                    }
                }
            }
        }
    }

    private static void charts(String sheet, XSSFChart chart, List<Text> out) {
        String xml;
        try (InputStream in = chart.getPackagePart().getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = CHART_TEXT.matcher(xml);
        while (m.find()) {
            String s = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&");
            if (!s.isBlank()) {
                out.add(new Text(sheet + " chart " + chart.getPackagePart().getPartName().getName(), s));
            }
        }
    }
}
