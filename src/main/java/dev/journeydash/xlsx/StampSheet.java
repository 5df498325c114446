package dev.journeydash.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The very hidden sheet {@value #NAME}: a key in column A, a value in column B, one pair per
 * row; the template's text is cut into pieces under the cell limit, one row each, and each
 * history line has a row. Plain text cells only, which LibreOffice, Gnumeric and Excel all keep.
 */
public final class StampSheet {
    /** The sheet's name. */
    public static final String NAME = "journeydash";
    /** Excel's limit is 32,767 characters a cell; pieces stay well under it. */
    static final int PIECE = 30_000;
    private static final String TITLE = "journeydash workbook stamp";

    private StampSheet() { }

    /** Writes {@code stamp} on a new last sheet of {@code wb}, very hidden. */
    static void write(XSSFWorkbook wb, Stamp stamp) {
        XSSFSheet sheet = wb.createSheet(NAME);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {TITLE, "do not edit: journeydash refresh reads this sheet"});
        rows.add(new String[] {"format", Integer.toString(Stamp.FORMAT)});
        rows.add(new String[] {"template file", stamp.provenance().templateFile()});
        for (int i = 0; i < stamp.provenance().templateText().length(); i += PIECE) {
            rows.add(new String[] {"template", stamp.provenance().templateText().substring(i, Math.min(stamp.provenance().templateText().length(), i + PIECE))});
        }
        rows.add(new String[] {"preset", stamp.provenance().preset()});
        rows.add(new String[] {"periods ahead", Integer.toString(stamp.periodsAhead())});
        rows.add(new String[] {"selected", stamp.selected().toString()});
        rows.add(new String[] {"chosen", Boolean.toString(stamp.chosen())});
        rows.add(new String[] {"language", stamp.language()});
        for (String line : stamp.provenance().history()) {
            rows.add(new String[] {"history", line});
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(rows.get(r)[0]);
            row.createCell(1).setCellValue(rows.get(r)[1]);
        }
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /**
     * Reads the stamp of {@code wb}: empty when there is no stamp sheet; a problem (in words, for
     * the caller's message) when there is one that cannot be read.
     */
    public static Optional<Stamp> read(XSSFWorkbook wb) throws BadStamp {
        XSSFSheet sheet = wb.getSheet(NAME);
        if (sheet == null) {
            return Optional.empty();
        }
        Row first = sheet.getRow(0);
        if (first == null || !TITLE.equals(text(first.getCell(0)))) {
            throw new BadStamp("its sheet \"" + NAME + "\" is not a journeydash stamp (A1 should read \"" + TITLE + "\")");
        }
        Map<String, String> single = new LinkedHashMap<>();
        StringBuilder template = new StringBuilder();
        List<String> history = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String key = text(row.getCell(0));
            String value = text(row.getCell(1));
            switch (key) {
                case "template" -> template.append(value);
                case "history" -> history.add(value);
                case "" -> { }
                default -> single.put(key, value);
            }
        }
        int format = number(single, "format");
        if (format > Stamp.FORMAT) {
            throw new BadStamp("it was made by a later journeydash (stamp format " + format + ", this one reads up to "
                    + Stamp.FORMAT + "); refresh it with that version");
        }
        LocalDate selected;
        try {
            selected = LocalDate.parse(single.getOrDefault("selected", ""));
        } catch (DateTimeParseException e) {
            throw new BadStamp("its stamp has no readable \"selected\" date (found \"" + single.get("selected") + "\")");
        }
        Provenance provenance = new Provenance(single.getOrDefault("template file", ""), template.toString(),
                single.getOrDefault("preset", ""), history);
        // a stamp written before languages came is of an English workbook
        return Optional.of(new Stamp(provenance, number(single, "periods ahead"), selected,
                Boolean.parseBoolean(single.get("chosen")), single.getOrDefault("language", "en")));
    }

    private static int number(Map<String, String> single, String key) throws BadStamp {
        String v = single.getOrDefault(key, "");
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadStamp("its stamp has no readable \"" + key + "\" (found \"" + v + "\")");
        }
    }

    /** A cell's text; numbers as an application may have retyped them ("12" may come back as 12.0). */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** A stamp sheet that is there but cannot be read. */
    public static final class BadStamp extends Exception {
        public BadStamp(String message) {
            super(message);
        }
    }
}
