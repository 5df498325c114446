package dev.journeydash.refresh;

import dev.journeydash.model.InputException;
import dev.journeydash.xlsx.WorkbookLayout;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Opens an existing workbook for a refresh, refusing what it should not read before Apache POI
 * sees it: a file that is not a zip (corrupted), an encrypted (password-protected) or Excel
 * 97-2003 file, too many entries, an entry larger than {@link #MAX_PART} or inflating more than
 * {@link #MAX_RATIO} times its compressed size (a zip bomb), XML with a document type
 * declaration (entity expansion). Large raw-row sheets ("Raw data", "Raw &lt;source&gt;") are not
 * read at all: the refresh writes them anew, and they are left out of the in-memory copy POI
 * opens, so that a workbook of a million raw rows opens in bounded memory. Every refusal is an
 * {@link InputException} naming the file.
 */
public final class WorkbookFile {
    /** Largest workbook file read. */
    static final long MAX_FILE = 4L << 30;
    /** Most zip entries. */
    static final int MAX_ENTRIES = 10_000;
    /** Largest part read into memory, uncompressed. */
    static final long MAX_PART = 256L << 20;
    /** Largest inflation ratio of a part over a megabyte. */
    static final long MAX_RATIO = 200;
    /** Raw-row sheets larger than this are skipped rather than read. */
    static final long SKIP_RAW_OVER = 8L << 20;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private WorkbookFile() { }

    /** An opened workbook and the raw sheets left out of it (empty in it, their rows not read). */
    public record Opened(XSSFWorkbook workbook, List<String> skippedSheets) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /** Opens {@code file}, or refuses it with a message naming it and saying why. */
    public static Opened open(Path file) throws InputException {
        String name = file.toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(name, "the workbook does not exist");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the workbook: %s", e.getMessage());
        }
        if (size > MAX_FILE) {
            throw InputException.of(name, "the file is %,d bytes; a workbook journeydash refreshes is at most %,d", size, MAX_FILE);
        }
        checkMagic(file, name);
        byte[] slim;
        List<String> skipped = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            slim = slimCopy(zip, name, skipped);
        } catch (ZipException e) {
            throw InputException.of(name, "the file is damaged: its zip structure cannot be read (%s); open it in Excel or "
                    + "LibreOffice and save it again, or use the backup", e.getMessage());
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the workbook: %s", e.getMessage());
        }
        double ratio = ZipSecureFile.getMinInflateRatio();
        long entry = ZipSecureFile.getMaxEntrySize();
        try {
            ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_PART);
            return new Opened(new XSSFWorkbook(new ByteArrayInputStream(slim)), List.copyOf(skipped));
        } catch (IOException | RuntimeException e) {
            throw InputException.of(name, "the workbook cannot be read as an xlsx file (%s): is it damaged?",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
            ZipSecureFile.setMaxEntrySize(entry);
        }
    }

    private static void checkMagic(Path file, String name) throws InputException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw InputException.of(name, "cannot read the workbook: %s", e.getMessage());
        }
        if (n == 4 && head[0] == 'P' && head[1] == 'K') {
            return;
        }
        if (n == 4 && java.util.Arrays.equals(head, OLE2)) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                encrypted = false;
            }
            throw encrypted
                    ? InputException.of(name, "the workbook is password-protected (encrypted); journeydash cannot read it: "
                            + "save a copy without a password and refresh that")
                    : InputException.of(name, "this is an Excel 97-2003 file (.xls), not a workbook journeydash made (.xlsx)");
        }
        throw InputException.of(name, "this is not an xlsx workbook (it does not begin as a zip file does): is it damaged, "
                + "or another kind of file?");
    }

    /** The zip's parts in memory, raw-row sheets over {@link #SKIP_RAW_OVER} replaced by an empty sheet. */
    private static byte[] slimCopy(ZipFile zip, String name, List<String> skipped) throws IOException, InputException {
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        if (entries.size() > MAX_ENTRIES) {
            throw InputException.of(name, "the file has %,d zip entries; a workbook has far fewer (at most %,d are read): "
                    + "this is not a workbook journeydash made", entries.size(), MAX_ENTRIES);
        }
        Map<String, String> rawParts = rawSheetParts(zip, name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(1);
            for (ZipEntry e : entries) {
                if (e.isDirectory()) {
                    continue;
                }
                String sheet = rawParts.get(e.getName());
                byte[] body;
                if (sheet != null && e.getSize() > SKIP_RAW_OVER) {
                    skipped.add(sheet);
                    body = EMPTY_SHEET;
                } else {
                    body = read(zip, e, name);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(body);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final byte[] EMPTY_SHEET = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")
            .getBytes(StandardCharsets.UTF_8);

    /** Reads one entry within the limits; refuses a document type declaration in XML. */
    static byte[] read(ZipFile zip, ZipEntry e, String name) throws IOException, InputException {
        if (e.getSize() > MAX_PART) {
            throw InputException.of(name, "its part %s is %,d bytes uncompressed; journeydash reads parts of at most %,d "
                    + "(a crafted file?)", e.getName(), e.getSize(), MAX_PART);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(32, Math.min(e.getSize(), 1 << 20)));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_PART) {
                    throw InputException.of(name, "its part %s inflates past %,d bytes (a zip bomb?); refused", e.getName(), MAX_PART);
                }
                if (total > (1 << 20) && total / compressed > MAX_RATIO) {
                    throw InputException.of(name, "its part %s inflates more than %d times its compressed size (a zip bomb?); "
                            + "refused", e.getName(), MAX_RATIO);
                }
                out.write(buf, 0, n);
            }
        }
        byte[] body = out.toByteArray();
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels") || e.getName().endsWith(".vml")) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
            if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
                throw InputException.of(name, "its part %s declares a document type (<!DOCTYPE or <!ENTITY): workbooks "
                        + "never do, and entity expansion is refused", e.getName());
            }
        }
        return body;
    }

    /** Worksheet part (zip entry name) to sheet name, for the sheets named "Raw data" or "Raw ...". */
    private static Map<String, String> rawSheetParts(ZipFile zip, String name) throws IOException, InputException {
        ZipEntry wbEntry = zip.getEntry("xl/workbook.xml");
        ZipEntry relsEntry = zip.getEntry("xl/_rels/workbook.xml.rels");
        if (wbEntry == null || relsEntry == null) {
            throw InputException.of(name, "the file is a zip but not an xlsx workbook (it has no xl/workbook.xml)");
        }
        Document wb = parse(read(zip, wbEntry, name), name, "xl/workbook.xml");
        Document rels = parse(read(zip, relsEntry, name), name, "xl/_rels/workbook.xml.rels");
        Map<String, String> targets = new HashMap<>();
        NodeList rs = rels.getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < rs.getLength(); i++) {
            Element r = (Element) rs.item(i);
            String t = r.getAttribute("Target");
            targets.put(r.getAttribute("Id"), t.startsWith("/") ? t.substring(1) : "xl/" + t);
        }
        Map<String, String> out = new HashMap<>();
        NodeList sheets = wb.getElementsByTagNameNS("*", "sheet");
        for (int i = 0; i < sheets.getLength(); i++) {
            Element s = (Element) sheets.item(i);
            String sheet = s.getAttribute("name");
            String id = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
            if (WorkbookLayout.isRawSheetName(sheet) && targets.containsKey(id)) {
                out.put(targets.get(id), sheet);
            }
        }
        return out;
    }

    private static Document parse(byte[] xml, String name, String part) throws InputException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw InputException.of(name, "its part %s is not well-formed XML (%s): is the file damaged?", part, e.getMessage());
        }
    }
}
