package dev.journeydash.bench;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark baselines: write the same raw-data cells journeydash writes (date, period, store,
 * 15 measures, with number formats) with Apache POI SXSSF or with dhatim fastexcel, and print
 * the time of the write alone. {@code fastexcel-plain} writes the same values without any style
 * (no number formats): the fastest a streaming writer goes. Usage:
 * {@code Baseline sxssf|fastexcel|fastexcel-plain IN.csv OUT.xlsx [LEVEL]}, LEVEL the zip deflate
 * level (default: the library's own: 6 for SXSSF (commons-compress), 4 for fastexcel).
 */
public final class Baseline {
    private Baseline() { }

    public static void main(String[] args) throws IOException {
        String kind = args[0];
        int level = args.length > 3 ? Integer.parseInt(args[3]) : -1;
        Rows rows = Rows.load(Path.of(args[1]));
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
            switch (kind) {
                case "sxssf" -> sxssf(rows, out, level);
                case "fastexcel" -> fastexcel(rows, out, level, true);
                case "fastexcel-plain" -> fastexcel(rows, out, level, false);
                default -> throw new IllegalArgumentException("sxssf, fastexcel or fastexcel-plain, not " + kind);
            }
        }
        System.out.printf("write_seconds=%.3f%n", (System.nanoTime() - start) / 1e9);
    }

    /** The CSV in memory: dates as Excel serials, the period start, the store, the measures. */
    record Rows(String[] header, double[] date, double[] period, String[] store, double[][] values) {
        static Rows load(Path csv) throws IOException {
            List<String[]> lines = new ArrayList<>();
            String[] header;
            try (BufferedReader r = Files.newBufferedReader(csv)) {
                header = r.readLine().split(",");
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line.split(","));
                }
            }
            int n = lines.size();
            int m = header.length - 2;
            double[] date = new double[n];
            double[] period = new double[n];
            String[] store = new String[n];
            double[][] values = new double[m][n];
            LocalDate epoch = LocalDate.of(1899, 12, 30);
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i);
                LocalDate d = LocalDate.parse(f[0]);
                date[i] = d.toEpochDay() - epoch.toEpochDay();
                period[i] = d.withDayOfMonth(1).toEpochDay() - epoch.toEpochDay();
                store[i] = f[1].intern();
                for (int c = 0; c < m; c++) {
                    values[c][i] = Double.parseDouble(f[2 + c]);
                }
            }
            return new Rows(header, date, period, store, values);
        }
    }

    /** SXSSF whose final zip is written at {@code level} (-1: commons-compress's default). */
    private static final class LeveledSxssf extends SXSSFWorkbook {
        private final int level;

        LeveledSxssf(int level) {
            super(null, 1000, false, true);
            this.level = level;
        }

        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            var zos = super.createArchiveOutputStream(stream);
            if (level >= 0) {
                zos.setLevel(level);
            }
            return zos;
        }
    }

    static void sxssf(Rows rows, OutputStream out, int level) throws IOException {
        try (SXSSFWorkbook wb = new LeveledSxssf(level)) {
            SXSSFSheet sheet = wb.createSheet("Raw data");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle month = wb.createCellStyle();
            month.setDataFormat(wb.createDataFormat().getFormat("mmm yyyy"));
            CellStyle integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            SXSSFRow head = sheet.createRow(0);
            head.createCell(0).setCellValue("date");
            head.createCell(1).setCellValue("Period (month)");
            for (int c = 1; c < rows.header().length; c++) {
                head.createCell(1 + c).setCellValue(rows.header()[c]);
            }
            for (int i = 0; i < rows.date().length; i++) {
                SXSSFRow row = sheet.createRow(i + 1);
                var c = row.createCell(0);
                c.setCellValue(rows.date()[i]);
                c.setCellStyle(date);
                c = row.createCell(1);
                c.setCellValue(rows.period()[i]);
                c.setCellStyle(month);
                row.createCell(2).setCellValue(rows.store()[i]);
                for (int m = 0; m < rows.values().length; m++) {
                    c = row.createCell(3 + m);
                    c.setCellValue(rows.values()[m][i]);
                    c.setCellStyle(integer);
                }
            }
            wb.write(out);
        }
    }

    static void fastexcel(Rows rows, OutputStream out, int level, boolean formats) throws IOException {
        Workbook wb = new Workbook(out, "bench", "1.0");
        if (level >= 0) {
            wb.setCompressionLevel(level);
        }
        Worksheet ws = wb.newWorksheet("Raw data");
        ws.value(0, 0, "date");
        ws.value(0, 1, "Period (month)");
        for (int c = 1; c < rows.header().length; c++) {
            ws.value(0, 1 + c, rows.header()[c]);
        }
        for (int i = 0; i < rows.date().length; i++) {
            int r = i + 1;
            ws.value(r, 0, rows.date()[i]);
            ws.value(r, 1, rows.period()[i]);
            ws.value(r, 2, rows.store()[i]);
            for (int m = 0; m < rows.values().length; m++) {
                ws.value(r, 3 + m, rows.values()[m][i]);
            }
            if (formats) {
                ws.style(r, 0).format("yyyy-mm-dd").set();
                ws.style(r, 1).format("mmm yyyy").set();
                for (int m = 0; m < rows.values().length; m++) {
                    ws.style(r, 3 + m).format("#,##0").set();
                }
            }
            if (r % 10_000 == 0) {
                ws.flush();
            }
        }
        wb.finish();
    }
}
