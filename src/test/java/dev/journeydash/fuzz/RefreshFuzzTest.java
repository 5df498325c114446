package dev.journeydash.fuzz;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.io.Output;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the reader of workbooks that {@code refresh} opens: a workbook generated from the
 * e-commerce sample, mutated as bytes (the zip damaged), as XML (one part's text cut, repeated or
 * broken) and as cells (values, rows and sheets changed through POI, as a user or another
 * application might). Whatever the workbook, a refresh gives a workbook or an InputException
 * naming it (or the data), and a refused workbook is left byte for byte as it was.
 */
@AddLifecycleHook(FuzzSeed.class)
class RefreshFuzzTest {
    private static Path dir;
    private static byte[] good;
    private static int runs;

    @BeforeContainer
    static void generate() throws Exception {
        dir = Files.createTempDirectory("journeydash-fuzz-refresh");
        Path book = dir.resolve("good.xlsx");
        Journeydash.generate(Request.of(Fuzz.ECOMMERCE_TEMPLATE, Fuzz.ECOMMERCE_DATA), Output.file(book), Progress.NONE);
        good = Files.readAllBytes(book);
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("refresh.");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A change to the zip's bytes: at a position (a fraction of the length), a kind, a byte. */
    record ByteEdit(double at, int kind, byte value) { }

    /** A change to one part's text: which part (by index), where, how long, how. */
    record TextEdit(int part, double at, int length, int kind) { }

    /** A change through POI: on which sheet (by index), row, column, how, with which text. */
    record CellEdit(int sheet, int row, int column, int kind, String text) { }

    @Provide
    Arbitrary<List<ByteEdit>> byteEdits() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 2),
                Arbitraries.bytes()).as(ByteEdit::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<TextEdit>> textEdits() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 400), Arbitraries.integers().between(0, 4)).as(TextEdit::new)
                .list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<CellEdit>> cellEdits() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("", "0", "-1", "1e308", "higher", "lower", "2025-13-01", "=1/0", "#N/A", "unique_visitors",
                        "Period", "\u0000", "\uD800"));
        return Combinators.combine(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 6), text).as(CellEdit::new)
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 40)
    void damagedZips(@ForAll("byteEdits") List<ByteEdit> edits) throws Exception {
        byte[] b = good.clone();
        for (ByteEdit e : edits) {
            int at = (int) (e.at() * (b.length - 1));
            b = switch (e.kind()) {
                case 0 -> { b[at] = e.value(); yield b; }
                case 1 -> Arrays.copyOf(b, Math.max(1, at));
                default -> {
                    byte[] out = new byte[b.length + 16];
                    System.arraycopy(b, 0, out, 0, at);
                    Arrays.fill(out, at, at + 16, e.value());
                    System.arraycopy(b, at, out, at + 16, b.length - at);
                    yield out;
                }
            };
        }
        run("refresh.damagedZips", b, edits);
    }

    @Property(tries = 40)
    void brokenParts(@ForAll("textEdits") List<TextEdit> edits) throws Exception {
        Map<String, byte[]> parts = unzip(good);
        List<String> names = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).sorted().toList();
        for (TextEdit e : edits) {
            String name = names.get(e.part() % names.size());
            String s = new String(parts.get(name), StandardCharsets.UTF_8);
            int at = (int) (e.at() * s.length());
            int end = Math.min(s.length(), at + e.length());
            s = switch (e.kind()) {
                case 0 -> s.substring(0, at) + s.substring(end);
                case 1 -> s.substring(0, end) + s.substring(at);
                case 2 -> s.substring(0, at) + "<" + s.substring(at);
                case 3 -> s.substring(0, at) + "&bogus;" + s.substring(at);
                default -> s.substring(0, at) + "<x:y z=\"1\"/>" + s.substring(at);
            };
            parts.put(name, s.getBytes(StandardCharsets.UTF_8));
        }
        run("refresh.brokenParts", zip(parts), edits);
    }

    @Property(tries = 40)
    void editedCells(@ForAll("cellEdits") List<CellEdit> edits) throws Exception {
        byte[] b;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(good))) {
            for (CellEdit e : edits) {
                XSSFSheet sheet = wb.getSheetAt(e.sheet() % wb.getNumberOfSheets());
                Row row = sheet.getRow(e.row()) != null ? sheet.getRow(e.row()) : sheet.createRow(e.row());
                Cell cell = row.getCell(e.column()) != null ? row.getCell(e.column()) : row.createCell(e.column());
                String text = e.text().replace("\u0000", "").replace("\uD800", "?");
                switch (e.kind()) {
                    case 0 -> cell.setCellValue(text);
                    case 1 -> cell.setCellValue(text.length() * 1.5 - 3);
                    case 2 -> cell.setBlank();
                    case 3 -> sheet.removeRow(row);
                    case 4 -> {
                        if (!text.isBlank() && wb.getSheet(text) == null && text.length() < 31 && text.matches("[A-Za-z0-9 ]+")) {
                            wb.setSheetName(wb.getSheetIndex(sheet), text);
                        }
                    }
                    case 5 -> sheet.shiftRows(e.row(), Math.max(e.row(), sheet.getLastRowNum()), 1);
                    default -> {
                        if (wb.getNumberOfSheets() > 1) {
                            wb.removeSheetAt(wb.getSheetIndex(sheet));
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            b = out.toByteArray();
        }
        run("refresh.editedCells", b, edits);
    }

    private void run(String property, byte[] workbook, Object edits) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run" + runs++));
        Path book = Files.write(folder.resolve("book.xlsx"), workbook);
        Fuzz.check(property, List.of(book.toString(), Fuzz.ECOMMERCE_DATA.toString()), edits, () -> {
            try {
                return Journeydash.refresh(book, Request.builder().data(Fuzz.ECOMMERCE_DATA).build(), true, Progress.NONE);
            } catch (InputException e) {
                if (!Arrays.equals(Files.readAllBytes(book), workbook)) {
                    throw new AssertionError("a refused workbook was changed: " + e.getMessage());
                }
                throw e;
            }
        });
    }

    static Map<String, byte[]> unzip(byte[] b) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static List<String> names(Map<String, byte[]> parts) {
        return new ArrayList<>(parts.keySet());
    }
}
