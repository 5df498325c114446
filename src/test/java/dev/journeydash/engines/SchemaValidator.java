package dev.journeydash.engines;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.xmlbeans.SchemaGlobalAttribute;
import org.apache.xmlbeans.SchemaGlobalElement;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.SchemaTypeSystem;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.apache.xmlbeans.XmlSaxHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.NamespaceSupport;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Validates every XML part of an .xlsx package against the ECMA-376 (transitional) schemas that ship
 * compiled in {@code poi-ooxml-full}, using XMLBeans.
 *
 * <p>What is checked, part by part:
 * <ul>
 *   <li>Every part whose content type is XML ({@code ...+xml}, {@code application/xml}) or whose name
 *       ends in {@code .xml}, {@code .rels} or {@code .vml}: must be well-formed, UTF-8/UTF-16,
 *       without a DTD (OPC forbids DOCTYPE).</li>
 *   <li>Parts whose root element has a global element declaration in the poi-ooxml-full type system
 *       (workbook, worksheet, styleSheet, sst, table, comments, calcChain, xdr:wsDr, c:chartSpace,
 *       a:theme, extended properties = docProps/app.xml, OPC {@code Relationships} = *.rels, ...)
 *       are schema-validated. Markup compatibility (mc:Ignorable, mc:AlternateContent,
 *       mc:MustUnderstand) is pre-processed as an Office consumer would: content in ignorable
 *       namespaces the type system does not know is dropped (and listed in {@link Report#notes()}),
 *       and of an AlternateContent the first Choice whose Requires namespaces are known is validated,
 *       else the Fallback.</li>
 *   <li>Extension lists ({@code extLst/ext}) are {@code processContents="lax"} in the schema: an
 *       extension element the type system knows (e.g. c15 chart extensions, x2012/chart) is validated
 *       by XMLBeans; one it does not know (x14, x15, xm, x14ac, ... are not in poi-ooxml-full) is only
 *       checked for well-formedness and listed in {@link Report#notes()}.</li>
 *   <li>Legacy VML drawings (comments): root {@code <xml>} without namespace. Validated like POI reads
 *       them, by substituting POI's own wrapper namespace {@code urn:schemas-poi-apache-org:vmldrawing}
 *       for the empty namespace; the v:, o:, x: (urn:schemas-microsoft-com:office:excel) content is
 *       then validated against the VML schemas of ECMA-376 Part 4 that poi-ooxml-full contains.</li>
 *   <li>{@code [Content_Types].xml}: the OPC content-types schema is NOT in poi-ooxml-full, so it gets
 *       a hand-written structural check (root Types, only Default/Override with exactly their
 *       attributes, unique extensions/part names, media-type syntax, every part has a content type,
 *       every Override names an existing part).</li>
 *   <li>{@code docProps/core.xml}: the OPC core-properties schema and the Dublin Core schemas are NOT in
 *       poi-ooxml-full, so it gets a hand-written check of the OPC rules (known elements only, each at
 *       most once, no markup-compatibility, no nested elements, xsi:type=dcterms:W3CDTF only and required
 *       on dcterms:created/modified, valid W3CDTF dates).</li>
 *   <li>Relationship parts: besides the schema, Ids are unique, the source part exists and every
 *       internal target resolves to a part in the package.</li>
 *   <li>Any other XML root (e.g. chart styles cs:, x14 pivot caches, custom XML) is checked for
 *       well-formedness only and listed in {@link Report#notValidated()}.</li>
 * </ul>
 */
public final class SchemaValidator {

    /** One problem: the part name (e.g. {@code /xl/worksheets/sheet1.xml}), 1-based line and column (0 if unknown) and message. */
    public record Problem(String part, int line, int column, String message) {
        @Override
        public String toString() {
            return part + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
        }
    }

    /** A part that was not schema-validated, and why. */
    public record Skipped(String part, String reason) {
        @Override
        public String toString() {
            return part + ": " + reason;
        }
    }

    /**
     * Result of {@link #validate(Path)}.
     *
     * @param file           the validated file
     * @param partsValidated number of parts checked against a schema or by a structural check
     *                       (content types, core properties) — well-formedness-only parts are not counted
     * @param validatedParts the names of those parts
     * @param problems       everything wrong, empty when the package is valid
     * @param notValidated   parts that were only checked for well-formedness (or are binary), with the reason
     * @param notes          content inside validated parts that could not be validated (unknown extension
     *                       namespaces, ignorable markup-compatibility content), one line per part and namespace
     */
    public record Report(Path file, int partsValidated, List<String> validatedParts, List<Problem> problems,
                         List<Skipped> notValidated, List<String> notes) {
        public boolean isValid() {
            return problems.isEmpty();
        }

        /** Multi-line human-readable summary (problems first). */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(file).append(": ").append(partsValidated).append(" part(s) validated, ")
                    .append(problems.size()).append(" problem(s)\n");
            for (Problem p : problems) sb.append("  PROBLEM ").append(p).append('\n');
            for (Skipped s : notValidated) sb.append("  not validated: ").append(s).append('\n');
            for (String n : notes) sb.append("  note: ").append(n).append('\n');
            return sb.toString();
        }

        @Override
        public String toString() {
            return summary();
        }
    }

    // ---------------------------------------------------------------- namespaces

    static final String NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String NS_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String NS_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    static final String NS_DC = "http://purl.org/dc/elements/1.1/";
    static final String NS_DCTERMS = "http://purl.org/dc/terms/";
    static final String NS_XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final String NS_POI_VML = "urn:schemas-poi-apache-org:vmldrawing";
    static final String CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    static final String CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put(NS_MAIN, "x");
        PREFIXES.put("http://schemas.openxmlformats.org/drawingml/2006/main", "a");
        PREFIXES.put("http://schemas.openxmlformats.org/drawingml/2006/chart", "c");
        PREFIXES.put("http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "xdr");
        PREFIXES.put("http://schemas.openxmlformats.org/drawingml/2006/chartDrawing", "cdr");
        PREFIXES.put("http://schemas.openxmlformats.org/drawingml/2006/picture", "pic");
        PREFIXES.put("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "r");
        PREFIXES.put(NS_PKG_REL, "rel");
        PREFIXES.put("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "ep");
        PREFIXES.put("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "vt");
        PREFIXES.put("http://schemas.microsoft.com/office/drawing/2012/chart", "c15");
        PREFIXES.put(NS_MC, "mc");
        PREFIXES.put("urn:schemas-microsoft-com:vml", "v");
        PREFIXES.put("urn:schemas-microsoft-com:office:office", "o");
        PREFIXES.put("urn:schemas-microsoft-com:office:excel", "xvml");
        PREFIXES.put(NS_POI_VML, "poivml");
        PREFIXES.put("http://schemas.microsoft.com/office/spreadsheetml/2009/9/main", "x14");
        PREFIXES.put("http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac", "x14ac");
        PREFIXES.put("http://schemas.microsoft.com/office/spreadsheetml/2010/11/main", "x15");
        PREFIXES.put("http://schemas.microsoft.com/office/excel/2006/main", "xm");
        PREFIXES.put("http://schemas.microsoft.com/office/drawing/2007/8/2/chart", "c14");
        PREFIXES.put("http://schemas.microsoft.com/office/drawing/2010/main", "a14");
        PREFIXES.put("http://schemas.microsoft.com/office/spreadsheetml/2014/revision", "xr");
    }

    // ---------------------------------------------------------------- type system (loaded once)

    private static volatile SchemaTypeLoader loader;
    private static volatile Set<String> knownNamespaces;

    static SchemaTypeLoader loader() {
        SchemaTypeLoader l = loader;
        if (l == null) {
            synchronized (SchemaValidator.class) {
                if (loader == null) {
                    SchemaTypeSystem ts = org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder.typeSystem;
                    Set<String> ns = new HashSet<>();
                    for (SchemaGlobalElement e : ts.globalElements()) ns.add(e.getName().getNamespaceURI());
                    for (SchemaGlobalAttribute a : ts.globalAttributes()) ns.add(a.getName().getNamespaceURI());
                    for (SchemaType t : ts.globalTypes()) ns.add(t.getName().getNamespaceURI());
                    ns.add(XMLConstants.XML_NS_URI);
                    ns.add(NS_MC);
                    knownNamespaces = Collections.unmodifiableSet(ns);
                    loader = XmlBeans.typeLoaderUnion(ts, XmlBeans.getBuiltinTypeSystem());
                }
                l = loader;
            }
        }
        return l;
    }

    /** Namespaces the poi-ooxml-full type system has declarations for ("understood" for markup compatibility). */
    public static Set<String> knownNamespaces() {
        loader();
        return knownNamespaces;
    }

    private SchemaValidator() {
    }

    // ---------------------------------------------------------------- entry point

    /**
     * Validates every part of the .xlsx (or any OPC package) at {@code xlsx}. Invalid content (including a
     * file that is not a zip) is reported as problems; only an unreadable file throws.
     */
    public static Report validate(Path xlsx) throws IOException {
        return new Run(xlsx).run();
    }

    /** Validates and returns the report; throws {@link AssertionError} listing all problems if there are any. */
    public static Report assertValid(Path xlsx) throws IOException {
        Report r = validate(xlsx);
        if (!r.isValid()) throw new AssertionError("schema validation failed:\n" + r.summary());
        return r;
    }

    private static final class Run {
        final Path file;
        final List<Problem> problems = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final Set<String> notes = new LinkedHashSet<>();
        final List<String> validated = new ArrayList<>();
        /** part name (with leading '/') -> bytes */
        final Map<String, byte[]> parts = new TreeMap<>();
        final Map<String, String> defaults = new HashMap<>(); // lower-case extension -> content type
        final Map<String, String> overrides = new HashMap<>(); // lower-case part name -> content type
        Set<String> partNamesLower = new HashSet<>();

        Run(Path file) {
            this.file = file;
        }

        Report run() throws IOException {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                Enumeration<? extends ZipEntry> en = zip.entries();
                Set<String> seenLower = new HashSet<>();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory()) continue;
                    String name = "/" + e.getName();
                    if (!seenLower.add(name.toLowerCase(Locale.ROOT))) {
                        problems.add(new Problem(name, 0, 0, "duplicate part name (part names are case-insensitive in OPC)"));
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        parts.put(name, in.readAllBytes());
                    }
                }
            } catch (java.util.zip.ZipException e) {
                problems.add(new Problem("/", 0, 0, "not a valid zip/OPC package: " + e.getMessage()));
                return new Report(file, 0, List.of(), List.copyOf(problems), List.of(), List.of());
            }
            partNamesLower = new HashSet<>();
            for (String n : parts.keySet()) {
                partNamesLower.add(n.toLowerCase(Locale.ROOT));
                try {
                    partNamesLower.add(java.net.URLDecoder.decode(n.replace("+", "%2B"), StandardCharsets.UTF_8)
                            .toLowerCase(Locale.ROOT));
                } catch (IllegalArgumentException ignored) {
                    // not percent-encoded
                }
            }

            byte[] ct = parts.get("/[Content_Types].xml");
            if (ct == null) {
                problems.add(new Problem("/[Content_Types].xml", 0, 0, "missing: not an OPC package"));
            } else {
                checkContentTypes(ct);
            }
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                String name = e.getKey();
                if (name.equals("/[Content_Types].xml")) continue;
                String type = contentType(name);
                if (!isXml(name, type)) {
                    skipped.add(new Skipped(name, "binary part (" + type + "), nothing to validate"));
                    continue;
                }
                checkXmlPart(name, type, e.getValue());
            }
            return new Report(file, validated.size(), List.copyOf(validated), List.copyOf(problems),
                    List.copyOf(skipped), List.copyOf(notes));
        }

        String contentType(String part) {
            String o = overrides.get(part.toLowerCase(Locale.ROOT));
            if (o != null) return o;
            int dot = part.lastIndexOf('.');
            int slash = part.lastIndexOf('/');
            if (dot > slash) {
                String d = defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
                if (d != null) return d;
            }
            return null;
        }

        static boolean isXml(String name, String type) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".xml") || n.endsWith(".rels") || n.endsWith(".vml")) return true;
            if (type == null) return false;
            String t = type.toLowerCase(Locale.ROOT);
            int semi = t.indexOf(';');
            if (semi >= 0) t = t.substring(0, semi).trim();
            return t.endsWith("+xml") || t.equals("application/xml") || t.equals("text/xml")
                    || t.equals("application/vnd.openxmlformats-officedocument.vmldrawing");
        }

        // ------------------------------------------------------------ [Content_Types].xml

        void checkContentTypes(byte[] bytes) {
            String part = "/[Content_Types].xml";
            Document doc = parseDom(part, bytes);
            if (doc == null) return;
            validated.add(part);
            Element root = doc.getDocumentElement();
            if (!NS_CT.equals(root.getNamespaceURI()) || !"Types".equals(root.getLocalName())) {
                problems.add(new Problem(part, 0, 0, "root element must be {" + NS_CT + "}Types, found "
                        + qn(root)));
                return;
            }
            if (root.getAttributes().getLength() > 0) {
                for (int i = 0; i < root.getAttributes().getLength(); i++) {
                    Node a = root.getAttributes().item(i);
                    if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                        problems.add(new Problem(part, 0, 0, "unexpected attribute on Types: " + a.getNodeName()));
                    }
                }
            }
            Pattern mediaType = Pattern.compile(
                    "[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=(\"[^\"]*\"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE) {
                    if (!n.getNodeValue().isBlank()) problems.add(new Problem(part, 0, 0, "text content in Types"));
                    continue;
                }
                if (n.getNodeType() != Node.ELEMENT_NODE) continue;
                Element el = (Element) n;
                boolean isDefault = "Default".equals(el.getLocalName());
                boolean isOverride = "Override".equals(el.getLocalName());
                if (!NS_CT.equals(el.getNamespaceURI()) || (!isDefault && !isOverride)) {
                    problems.add(new Problem(part, 0, 0, "unexpected element " + qn(el) + " (only Default and Override allowed)"));
                    continue;
                }
                if (el.getFirstChild() != null) {
                    problems.add(new Problem(part, 0, 0, el.getLocalName() + " must be empty"));
                }
                String keyAttr = isDefault ? "Extension" : "PartName";
                for (int i = 0; i < el.getAttributes().getLength(); i++) {
                    Node a = el.getAttributes().item(i);
                    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) continue;
                    String an = a.getNodeName();
                    if (!an.equals(keyAttr) && !an.equals("ContentType")) {
                        problems.add(new Problem(part, 0, 0, "unexpected attribute " + an + " on " + el.getLocalName()));
                    }
                }
                String key = el.hasAttribute(keyAttr) ? el.getAttribute(keyAttr) : null;
                String type = el.hasAttribute("ContentType") ? el.getAttribute("ContentType") : null;
                if (key == null || key.isEmpty()) {
                    problems.add(new Problem(part, 0, 0, el.getLocalName() + " without " + keyAttr));
                    continue;
                }
                if (type == null || !mediaType.matcher(type).matches()) {
                    problems.add(new Problem(part, 0, 0, el.getLocalName() + " " + key + ": invalid ContentType '" + type + "'"));
                }
                if (isDefault) {
                    if (key.startsWith(".") || key.contains("/")) {
                        problems.add(new Problem(part, 0, 0, "Default Extension '" + key + "' must not contain '.' prefix or '/'"));
                    }
                    if (defaults.put(key.toLowerCase(Locale.ROOT), type) != null) {
                        problems.add(new Problem(part, 0, 0, "duplicate Default for extension '" + key + "'"));
                    }
                } else {
                    if (!key.startsWith("/")) {
                        problems.add(new Problem(part, 0, 0, "Override PartName '" + key + "' must start with '/'"));
                    }
                    String lower = key.toLowerCase(Locale.ROOT);
                    if (overrides.put(lower, type) != null) {
                        problems.add(new Problem(part, 0, 0, "duplicate Override for '" + key + "'"));
                    }
                    if (!partNamesLower.contains(lower)) {
                        problems.add(new Problem(part, 0, 0, "Override for a part that is not in the package: " + key));
                    }
                }
            }
            for (String name : parts.keySet()) {
                if (name.equals("/[Content_Types].xml")) continue;
                if (contentType(name) == null) {
                    problems.add(new Problem(part, 0, 0, "no content type (Default or Override) for part " + name));
                }
            }
        }

        // ------------------------------------------------------------ XML parts

        void checkXmlPart(String name, String type, byte[] bytes) {
            String enc = encodingProblem(bytes);
            if (enc != null) problems.add(new Problem(name, 1, 0, enc));
            QName root = rootName(name, bytes);
            if (root == null) return; // not well-formed, already reported
            if (name.endsWith(".rels") || CT_RELS.equals(type)) {
                if (schemaValidate(name, bytes, false)) validated.add(name);
                checkRelationships(name, bytes);
                return;
            }
            if (NS_CP.equals(root.getNamespaceURI()) || CT_CORE.equals(type)) {
                checkCoreProperties(name, bytes);
                return;
            }
            if (root.getNamespaceURI().isEmpty() && root.getLocalPart().equals("xml")) {
                // legacy VML drawing
                if (schemaValidate(name, bytes, true)) validated.add(name);
                return;
            }
            if (loader().findDocumentType(root) == null) {
                skipped.add(new Skipped(name, "well-formed only: no schema for root element " + compact(root)
                        + " in poi-ooxml-full"));
                return;
            }
            if (schemaValidate(name, bytes, false)) validated.add(name);
        }

        /** Returns true if the part was schema-validated (whether or not it had errors). */
        boolean schemaValidate(String name, byte[] bytes, boolean vml) {
            SchemaTypeLoader l = loader();
            XmlOptions parseOptions = new XmlOptions().setLoadLineNumbers().setLoadLineNumbersEndElement()
                    .setDisallowDocTypeDeclaration(true);
            XmlObject doc;
            try {
                if (vml) {
                    // exactly what POI does when reading a vmlDrawing part
                    parseOptions.setLoadSubstituteNamespaces(Map.of("", NS_POI_VML));
                    String s = new String(bytes, StandardCharsets.UTF_8);
                    String fixed = s.replaceAll("<br>(?!\\s*</br>)", "<br/>");
                    if (!fixed.equals(s)) {
                        notes.add(name + ": unclosed <br> in VML replaced by <br/> before validation (as POI does)");
                    }
                    doc = l.parse(new ByteArrayInputStream(fixed.getBytes(StandardCharsets.UTF_8)), null, parseOptions);
                } else {
                    // XMLBeans 5.3.0's XmlSaxHandler fails (ArrayIndexOutOfBoundsException in Locale.tempCur) on
                    // attributes named "id"/"Id" unless its store Locale has been entered by the calling thread,
                    // which only its own parse(...) methods do; so create the Locale here and enter it.
                    org.apache.xmlbeans.impl.store.Locale locale =
                            org.apache.xmlbeans.impl.store.Locale.getLocale(l, parseOptions);
                    parseOptions.setUseSameLocale(locale);
                    XmlSaxHandler handler = l.newXmlSaxHandler(null, parseOptions);
                    McFilter filter = new McFilter(name, newReader(), this);
                    filter.setContentHandler(handler.getContentHandler());
                    filter.setErrorHandler(STRICT_ERRORS);
                    locale.enter();
                    try {
                        filter.parse(new InputSource(new ByteArrayInputStream(bytes)));
                        doc = handler.getObject();
                    } finally {
                        locale.exit();
                    }
                }
            } catch (SAXParseException e) {
                problems.add(new Problem(name, e.getLineNumber(), e.getColumnNumber(), "not well-formed: " + e.getMessage()));
                return false;
            } catch (XmlException e) {
                if (e.getErrors().isEmpty()) {
                    problems.add(new Problem(name, 0, 0, "cannot load: " + e.getMessage()));
                }
                for (XmlError err : e.getErrors()) {
                    problems.add(new Problem(name, Math.max(err.getLine(), 0), Math.max(err.getColumn(), 0),
                            "cannot load: " + compact(err.getMessage())));
                }
                return false;
            } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
                problems.add(new Problem(name, 0, 0, "cannot load: " + e));
                return false;
            }
            if (!doc.schemaType().isDocumentType()) {
                skipped.add(new Skipped(name, "well-formed only: no schema for the root element in poi-ooxml-full"));
                return false;
            }
            List<XmlError> errors = new ArrayList<>();
            doc.validate(new XmlOptions().setErrorListener(errors));
            for (XmlError err : errors) {
                if (err.getSeverity() != XmlError.SEVERITY_ERROR) continue;
                problems.add(new Problem(name, Math.max(err.getLine(), 0), Math.max(err.getColumn(), 0),
                        compact(err.getMessage())));
            }
            return true;
        }

        // ------------------------------------------------------------ relationships

        void checkRelationships(String relsName, byte[] bytes) {
            Document doc = parseDom(relsName, bytes);
            if (doc == null) return;
            // source part: /a/b/_rels/c.xml.rels -> /a/b/c.xml ; /_rels/.rels -> package
            Matcher m = Pattern.compile("^(.*/)_rels/([^/]*)\\.rels$").matcher(relsName);
            String sourceDir;
            if (!m.matches()) {
                problems.add(new Problem(relsName, 0, 0, "relationships part is not in a _rels folder"));
                return;
            }
            sourceDir = m.group(1);
            String sourceName = m.group(2);
            if (!(sourceDir.equals("/") && sourceName.isEmpty())) {
                String source = sourceDir + sourceName;
                if (!partNamesLower.contains(source.toLowerCase(Locale.ROOT))) {
                    problems.add(new Problem(relsName, 0, 0, "relationships for a part that does not exist: " + source));
                }
            }
            Element root = doc.getDocumentElement();
            Set<String> ids = new HashSet<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() != Node.ELEMENT_NODE) continue;
                Element rel = (Element) n;
                if (!"Relationship".equals(rel.getLocalName())) continue; // schema reports it
                String id = rel.getAttribute("Id");
                if (!ids.add(id)) problems.add(new Problem(relsName, 0, 0, "duplicate relationship Id " + id));
                if ("External".equals(rel.getAttribute("TargetMode"))) continue;
                String target = rel.getAttribute("Target");
                if (target.isEmpty()) continue; // schema reports it
                String resolved = resolveTarget(sourceDir, target);
                if (resolved == null) {
                    problems.add(new Problem(relsName, 0, 0, "relationship " + id + ": invalid internal Target '" + target + "'"));
                } else if (!partNamesLower.contains(resolved.toLowerCase(Locale.ROOT))) {
                    problems.add(new Problem(relsName, 0, 0, "relationship " + id + " (" + shortType(rel.getAttribute("Type"))
                            + ") targets a part that is not in the package: " + resolved));
                }
            }
        }

        static String shortType(String type) {
            int i = type.lastIndexOf('/');
            return i >= 0 ? type.substring(i + 1) : type;
        }

        /** Resolves a relationship target against the source part's folder; null if it is not a usable part reference. */
        static String resolveTarget(String sourceDir, String target) {
            String t = target;
            int cut = t.indexOf('#');
            if (cut >= 0) t = t.substring(0, cut);
            if (t.isEmpty() || t.contains("://") || t.startsWith("\\\\")) return null;
            String path = t.startsWith("/") ? t : sourceDir + t;
            Deque<String> segs = new ArrayDeque<>();
            for (String seg : path.split("/")) {
                if (seg.isEmpty() || seg.equals(".")) continue;
                if (seg.equals("..")) {
                    if (segs.isEmpty()) return null;
                    segs.removeLast();
                } else {
                    segs.addLast(seg);
                }
            }
            String resolved = "/" + String.join("/", segs);
            try {
                return java.net.URLDecoder.decode(resolved.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return resolved;
            }
        }

        // ------------------------------------------------------------ core properties

        void checkCoreProperties(String part, byte[] bytes) {
            Document doc = parseDom(part, bytes);
            if (doc == null) return;
            validated.add(part);
            notes.add(part + ": OPC core-properties and Dublin Core schemas are not in poi-ooxml-full; checked by hand (OPC rules)");
            Element root = doc.getDocumentElement();
            if (!NS_CP.equals(root.getNamespaceURI()) || !"coreProperties".equals(root.getLocalName())) {
                problems.add(new Problem(part, 0, 0, "root element must be cp:coreProperties, found " + qn(root)));
                return;
            }
            Map<String, Set<String>> allowed = Map.of(
                    NS_CP, Set.of("category", "contentStatus", "contentType", "keywords", "lastModifiedBy",
                            "lastPrinted", "revision", "version"),
                    NS_DC, Set.of("creator", "description", "identifier", "language", "subject", "title"),
                    NS_DCTERMS, Set.of("created", "modified"));
            Set<String> seen = new HashSet<>();
            Pattern w3cdtf = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");
            checkNoMc(part, root);
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                    problems.add(new Problem(part, 0, 0, "text content directly in cp:coreProperties"));
                }
                if (n.getNodeType() != Node.ELEMENT_NODE) continue;
                Element el = (Element) n;
                String ns = el.getNamespaceURI() == null ? "" : el.getNamespaceURI();
                Set<String> names = allowed.get(ns);
                if (names == null || !names.contains(el.getLocalName())) {
                    problems.add(new Problem(part, 0, 0, "element not allowed in core properties: " + qn(el)));
                    continue;
                }
                if (!seen.add(ns + " " + el.getLocalName())) {
                    problems.add(new Problem(part, 0, 0, "element appears more than once: " + qn(el)));
                }
                for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeType() == Node.ELEMENT_NODE) {
                        problems.add(new Problem(part, 0, 0, qn(el) + " must not contain elements (found " + qn((Element) c) + ")"));
                    }
                }
                String xsiType = el.hasAttributeNS(NS_XSI, "type") ? el.getAttributeNS(NS_XSI, "type") : null;
                boolean isDate = NS_DCTERMS.equals(ns);
                if (isDate) {
                    if (xsiType == null || !isW3cdtfType(el, xsiType)) {
                        problems.add(new Problem(part, 0, 0, qn(el) + " must have xsi:type=\"dcterms:W3CDTF\" (found "
                                + xsiType + ")"));
                    }
                    String v = el.getTextContent().trim();
                    if (!w3cdtf.matcher(v).matches()) {
                        problems.add(new Problem(part, 0, 0, qn(el) + ": not a W3CDTF date: '" + v + "'"));
                    }
                } else if (xsiType != null) {
                    problems.add(new Problem(part, 0, 0, "xsi:type not allowed on " + qn(el)));
                }
                if (el.hasAttributeNS(XMLConstants.XML_NS_URI, "lang")) {
                    problems.add(new Problem(part, 0, 0, "xml:lang not allowed on " + qn(el)));
                }
            }
        }

        static boolean isW3cdtfType(Element el, String xsiType) {
            int colon = xsiType.indexOf(':');
            String prefix = colon < 0 ? null : xsiType.substring(0, colon);
            String local = colon < 0 ? xsiType : xsiType.substring(colon + 1);
            String ns = el.lookupNamespaceURI(prefix);
            return "W3CDTF".equals(local) && NS_DCTERMS.equals(ns);
        }

        void checkNoMc(String part, Element el) {
            if (NS_MC.equals(el.getNamespaceURI())) {
                problems.add(new Problem(part, 0, 0, "markup compatibility not allowed in core properties: " + qn(el)));
            }
            for (int i = 0; i < el.getAttributes().getLength(); i++) {
                Node a = el.getAttributes().item(i);
                if (NS_MC.equals(a.getNamespaceURI())) {
                    problems.add(new Problem(part, 0, 0, "markup compatibility attribute not allowed in core properties: " + a.getNodeName()));
                }
            }
            for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.ELEMENT_NODE) checkNoMc(part, (Element) c);
            }
        }

        // ------------------------------------------------------------ parsing helpers

        /** Well-formedness pass (SAX, no DTD) returning the root element name, or null after reporting a problem. */
        QName rootName(String name, byte[] bytes) {
            QName[] root = new QName[1];
            try {
                XMLReader r = newReader();
                r.setErrorHandler(STRICT_ERRORS);
                r.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes atts) {
                        if (root[0] == null) root[0] = new QName(uri == null ? "" : uri, localName);
                    }
                });
                r.parse(new InputSource(new ByteArrayInputStream(bytes)));
                return root[0];
            } catch (SAXParseException e) {
                problems.add(new Problem(name, e.getLineNumber(), e.getColumnNumber(), "not well-formed XML: " + e.getMessage()));
            } catch (SAXException | IOException | ParserConfigurationException e) {
                problems.add(new Problem(name, 0, 0, "cannot parse: " + e));
            }
            return null;
        }

        Document parseDom(String name, byte[] bytes) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                f.setExpandEntityReferences(false);
                DocumentBuilder b = f.newDocumentBuilder();
                b.setErrorHandler(STRICT_ERRORS);
                return b.parse(new ByteArrayInputStream(bytes));
            } catch (SAXParseException e) {
                problems.add(new Problem(name, e.getLineNumber(), e.getColumnNumber(), "not well-formed XML: " + e.getMessage()));
            } catch (SAXException | IOException | ParserConfigurationException e) {
                problems.add(new Problem(name, 0, 0, "cannot parse: " + e));
            }
            return null;
        }

        /** OPC: XML parts must be UTF-8 or UTF-16. */
        static String encodingProblem(byte[] b) {
            if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
                return null; // UTF-16 with BOM
            }
            String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("^(\\xEF\\xBB\\xBF)?<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']").matcher(head);
            if (m.find()) {
                String enc = m.group(2).toUpperCase(Locale.ROOT);
                if (!enc.equals("UTF-8") && !enc.equals("UTF-16")) return "XML encoding must be UTF-8 or UTF-16, is " + m.group(2);
            }
            return null;
        }

        static String qn(Element el) {
            return compact(new QName(el.getNamespaceURI() == null ? "" : el.getNamespaceURI(), el.getLocalName()));
        }
    }

    private static final ErrorHandler STRICT_ERRORS = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    static XMLReader newReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newSAXParser().getXMLReader();
    }

    // ---------------------------------------------------------------- message compaction

    private static final Pattern QNAME_IN_MESSAGE = Pattern.compile("([A-Za-z_][\\w.\\-]*)@((?:https?|urn):[^\\s'\"]+)");
    private static final Pattern QUOTED_LIST = Pattern.compile("'([^']*)'");

    static String compact(QName q) {
        String p = PREFIXES.get(q.getNamespaceURI());
        if (q.getNamespaceURI().isEmpty()) return q.getLocalPart();
        return p != null ? p + ":" + q.getLocalPart() : "{" + q.getNamespaceURI() + "}" + q.getLocalPart();
    }

    /** Shortens XMLBeans messages: local@namespace -> prefix:local, long lists of expected elements truncated. */
    static String compact(String message) {
        if (message == null) return "";
        Matcher m = QNAME_IN_MESSAGE.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(compact(new QName(m.group(2), m.group(1)))));
        }
        m.appendTail(sb);
        Matcher q = QUOTED_LIST.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            String[] items = q.group(1).trim().split("\\s+");
            String rep = q.group(0);
            if (items.length > 12) {
                rep = "'" + String.join(" ", java.util.Arrays.copyOf(items, 12)) + " ... (" + (items.length - 12) + " more)'";
            }
            q.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        q.appendTail(out);
        return out.toString();
    }

    // ---------------------------------------------------------------- markup compatibility pre-processing

    /**
     * SAX filter implementing the parts of ECMA-376 Part 3 (markup compatibility) a consumer needs before
     * schema validation: mc:Ignorable (drop elements/attributes of ignorable namespaces the type system
     * does not know), mc:AlternateContent (keep the first Choice whose Requires are all known, else the
     * Fallback), mc:MustUnderstand (error if not known). Also notes extension-list content that XMLBeans
     * will skip as lax-unknown. Line numbers are preserved because the Locator is passed through.
     */
    private static final class McFilter extends XMLFilterImpl {
        private enum Kind { PASS, ALTERNATE_CONTENT, UNWRAP }

        private static final class Frame {
            final Kind kind;
            final String uri;
            final String local;
            final Set<String> ignorable;
            List<String[]> mappings = List.of();
            boolean selected;

            Frame(Kind kind, String uri, String local, Set<String> ignorable) {
                this.kind = kind;
                this.uri = uri;
                this.local = local;
                this.ignorable = ignorable;
            }
        }

        private final String part;
        private final Run run;
        private final NamespaceSupport ns = new NamespaceSupport();
        private final List<String[]> pendingMappings = new ArrayList<>();
        private final Deque<Frame> stack = new ArrayDeque<>();
        private int skipDepth;
        private Locator locator;

        McFilter(String part, XMLReader parent, Run run) {
            super(parent);
            this.part = part;
            this.run = run;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        private boolean known(String uri) {
            return knownNamespaces().contains(uri);
        }

        private void problem(String msg) {
            run.problems.add(new Problem(part, locator == null ? 0 : locator.getLineNumber(),
                    locator == null ? 0 : locator.getColumnNumber(), msg));
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            pendingMappings.add(new String[] {prefix, uri});
        }

        @Override
        public void endPrefixMapping(String prefix) {
            // forwarded in endElement, only for elements that were forwarded
        }

        private Set<String> resolvePrefixes(String list) {
            Set<String> out = new LinkedHashSet<>();
            if (list == null) return out;
            for (String p : list.trim().split("\\s+")) {
                if (p.isEmpty()) continue;
                String uri = ns.getURI(p);
                if (uri == null) {
                    problem("markup compatibility: undeclared prefix '" + p + "'");
                } else {
                    out.add(uri);
                }
            }
            return out;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            ns.pushContext();
            List<String[]> mappings = new ArrayList<>(pendingMappings);
            pendingMappings.clear();
            for (String[] m : mappings) ns.declarePrefix(m[0], m[1]);
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            Frame top = stack.peek();
            Set<String> inherited = top == null ? Set.of() : top.ignorable;
            if (NS_MC.equals(uri)) {
                if (local.equals("AlternateContent")) {
                    stack.push(new Frame(Kind.ALTERNATE_CONTENT, uri, local, inherited));
                } else if ((local.equals("Choice") || local.equals("Fallback")) && top != null
                        && top.kind == Kind.ALTERNATE_CONTENT) {
                    boolean take = !top.selected;
                    if (take && local.equals("Choice")) {
                        Set<String> req = resolvePrefixes(atts.getValue("Requires"));
                        for (String r : req) {
                            if (!known(r)) {
                                take = false;
                                run.notes.add(part + ": mc:Choice requiring " + r + " not validated (no schema), "
                                        + "a later Choice/Fallback is used");
                            }
                        }
                    }
                    if (take) {
                        top.selected = true;
                        stack.push(new Frame(Kind.UNWRAP, uri, local, inherited));
                    } else {
                        skipDepth = 1;
                    }
                } else {
                    problem("misplaced markup compatibility element mc:" + local);
                    skipDepth = 1;
                }
                return;
            }
            if (top != null && top.kind == Kind.ALTERNATE_CONTENT) {
                problem("mc:AlternateContent may only contain mc:Choice and mc:Fallback, found " + compact(new QName(uri, local)));
                skipDepth = 1;
                return;
            }
            if (inherited.contains(uri)) {
                run.notes.add(part + ": ignorable (mc:Ignorable) elements in " + uri + " not validated (no schema)");
                skipDepth = 1;
                return;
            }
            Set<String> ignorable = inherited;
            String ign = atts.getValue(NS_MC, "Ignorable");
            if (ign != null) {
                Set<String> s = new HashSet<>(inherited);
                for (String u : resolvePrefixes(ign)) {
                    if (!known(u)) s.add(u);
                }
                ignorable = s;
            }
            String must = atts.getValue(NS_MC, "MustUnderstand");
            if (must != null) {
                for (String u : resolvePrefixes(must)) {
                    if (!known(u)) problem("mc:MustUnderstand names a namespace without schema: " + u);
                }
            }
            if (!known(uri) && top != null && top.local.equals("ext") && loader().findElement(new QName(uri, local)) == null) {
                run.notes.add(part + ": extension content " + compact(new QName(uri, local))
                        + " checked for well-formedness only (namespace " + uri + " is not in poi-ooxml-full)");
            }
            AttributesImpl filtered = new AttributesImpl();
            for (int i = 0; i < atts.getLength(); i++) {
                String au = atts.getURI(i);
                if (NS_MC.equals(au)) continue;
                if (XMLConstants.XML_NS_URI.equals(au) && "space".equals(atts.getLocalName(i))) {
                    // xml:space is written by Excel and POI on <t> but not declared in the ECMA schemas; XML 1.0
                    // allows it anywhere, so only its value is checked
                    String v = atts.getValue(i);
                    if (!v.equals("preserve") && !v.equals("default")) problem("invalid xml:space value '" + v + "'");
                    continue;
                }
                if (ignorable.contains(au)) {
                    run.notes.add(part + ": ignorable (mc:Ignorable) attributes in " + au + " not validated (no schema)");
                    continue;
                }
                filtered.addAttribute(au, atts.getLocalName(i), atts.getQName(i), atts.getType(i), atts.getValue(i));
            }
            for (String[] m : mappings) super.startPrefixMapping(m[0], m[1]);
            Frame frame = new Frame(Kind.PASS, uri, local, ignorable);
            frame.mappings = mappings;
            stack.push(frame);
            super.startElement(uri, local, qName, filtered);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            ns.popContext();
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            Frame f = stack.pop();
            if (f.kind == Kind.PASS) {
                super.endElement(uri, local, qName);
                for (int i = f.mappings.size() - 1; i >= 0; i--) super.endPrefixMapping(f.mappings.get(i)[0]);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (skipDepth > 0) return;
            Frame top = stack.peek();
            if (top != null && top.kind == Kind.ALTERNATE_CONTENT) return;
            super.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (skipDepth > 0) return;
            super.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (skipDepth > 0) return;
            super.processingInstruction(target, data);
        }
    }
}
