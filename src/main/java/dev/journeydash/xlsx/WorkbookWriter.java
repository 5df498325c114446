package dev.journeydash.xlsx;

import dev.journeydash.labels.Labels;

import dev.journeydash.compute.Results;
import dev.journeydash.model.Brand;
import dev.journeydash.model.KeptRows;
import dev.journeydash.model.Progress;
import dev.journeydash.model.Stage;
import dev.journeydash.model.Theme;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Renders {@link Results} as a formula-driven workbook: Dashboard, one sheet per stage,
 * Targets, Data and About. Every formula cell carries its cached value and the workbook asks
 * for a full recalculation on open. Equal inputs and options give byte-identical output.
 */
public final class WorkbookWriter {
    private WorkbookWriter() { }

    /** Writes the workbook to {@code out}; the stream is not closed. */
    public static void write(Results results, RenderOptions options, OutputStream out) throws IOException {
        write(results, options, out, Progress.NONE);
    }

    /** As {@link #write(Results, RenderOptions, OutputStream)}, reporting phases to {@code progress}. */
    public static void write(Results results, RenderOptions options, OutputStream out, Progress progress)
            throws IOException {
        write(results, options, out, progress, wb -> { });
    }

    /**
     * Something done to the built workbook before it is written (a refresh puts back the user's
     * sheets, comments and cells); the raw-row sheets are still empty then, and stay the writer's.
     */
    public interface Amendment {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    /** As {@link #write(Results, RenderOptions, OutputStream, Progress)}, with {@code amendment} applied before writing. */
    public static void write(Results results, RenderOptions options, OutputStream out, Progress progress,
                             Amendment amendment) throws IOException {
        write(results, options, out, progress, amendment, Runtime.getRuntime().availableProcessors());
    }

    /** As above, the raw-row sheets deflated on {@code threads} threads, this one included: the bytes are the same for any number. */
    static void write(Results results, RenderOptions options, OutputStream out, Progress progress, Amendment amendment,
                      int threads) throws IOException {
        progress.phase("building the workbook");
        // POI's zip stays in memory (the raw rows, the only large part, are not in it): no
        // temporary file to leave behind if the process is killed
        Map<String, StreamedRows> streamed = new LinkedHashMap<>();
        Styles[] styles = new Styles[1];
        ByteArrayOutputStream built = new ByteArrayOutputStream(1 << 20);
        WorkbookLayout layout = RenderContext.layoutFor(results, options.periodsAhead())
                .withNames(WorkbookLayout.Names.of(options.labels()));
        try (XSSFWorkbook wb = build(results, layout, options, styles)) {
            if (layout.rawData().isPresent()) {
                streamed.put(partName(wb.getSheet(layout.rawDataSheet())),
                        rawRowsWriter(wb, results, layout.rawData().get(), styles[0]));
            }
            for (KeptRows kept : results.data().sourcing().kept()) {
                SourceRowsLayout sheet = layout.sourceRows(kept.source());
                streamed.put(partName(wb.getSheet(sheet.sheetName())), sourceRowsWriter(wb, results, kept, sheet, styles[0]));
            }
            amendment.apply(wb);
            ThemePart.themeOnlyBorders(wb);
            wb.write(built);
        }
        progress.phase(streamed.isEmpty() ? "writing" : "writing raw rows");
        streamed.values().forEach(r -> r.progress(progress));
        ReproducibleZip.rewrite(built.toByteArray(), options.compression(), new LinkedHashMap<>(streamed),
                options.rawCompression(), threads, out);
    }

    /** The zip entry of a sheet: {@code xl/worksheets/sheet9.xml}. */
    private static String partName(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    private static RawRowsWriter rawRowsWriter(XSSFWorkbook wb, Results results, RawDataLayout layout, Styles styles) {
        int[] measureStyles = results.journey().measures().stream()
                .mapToInt(m -> styles.get(Styles.Role.TEXT, styles.pattern(m.format(), "", 1000)).getIndex())
                .toArray();
        return new RawRowsWriter(results.data(), layout, wb.getSharedStringSource(),
                styles.get(Styles.Role.TEXT, "yyyy-mm-dd").getIndex(),
                styles.get(Styles.Role.TEXT, styles.datePattern(results.journey().granularity())).getIndex(), measureStyles);
    }

    private static SourceRowsWriter sourceRowsWriter(XSSFWorkbook wb, Results results, KeptRows kept, SourceRowsLayout layout,
                                                     Styles styles) {
        return new SourceRowsWriter(results.data(), kept, layout, wb.getSharedStringSource(),
                styles.get(Styles.Role.TEXT, "yyyy-mm-dd").getIndex(),
                styles.get(Styles.Role.TEXT, styles.datePattern(results.journey().granularity())).getIndex(),
                styles.get(Styles.Role.TEXT).getIndex());
    }

    /**
     * Header: journey, the brand's header text and sheet; footer: file, print date, the brand's footer
     * text and page x of y. A footer cannot hold a formula, so it quotes no data range, which a pasted
     * period would make stale: the Dashboard's subtitle and the About sheet say which periods the data has.
     */
    private static void headerFooter(XSSFSheet sheet, Results results, Brand brand, Labels labels) {
        String name = results.journey().name().replace("&", "&&");
        sheet.getHeader().setLeft(name);
        sheet.getHeader().setCenter(brand.header().replace("&", "&&"));
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setLeft(labels.format("footer.printed", "&F", "&D"));
        sheet.getFooter().setCenter(brand.footer().replace("&", "&&"));
        sheet.getFooter().setRight(labels.format("footer.page", "&P", "&N"));
    }

    /** Landscape, one page wide, as many pages tall as needed. */
    private static void printSetup(XSSFSheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** Builds the workbook; {@code stylesOut[0]} receives the styles, for cells written later. */
    static XSSFWorkbook build(Results results, WorkbookLayout layout, RenderOptions options, Styles[] stylesOut) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Brand brand = options.brand();
        Theme theme = brand.theme();
        wb.getFontAt(0).setFontName(theme.font());
        wb.getFontAt(0).setScheme(org.apache.poi.ss.usermodel.FontScheme.MINOR);
        int selected = RenderContext.selectedPeriod(results, options.selected());
        Styles styles = new Styles(wb, theme, brand.currency() != null ? brand.currency() : results.journey().currency(),
                brand.currencyPosition() == Brand.CurrencyPosition.AFTER)
                .dateLocale(options.labels().dateLocale());
        ThemePart.write(wb, theme, styles.palette(), brand.client().isEmpty() ? "journeydash" : brand.client());
        stylesOut[0] = styles;
        RenderContext ctx = new RenderContext(results, selected, styles, layout, SourcedMeasures.of(results.data(), layout),
                options.provenance() == null ? java.util.List.of() : options.provenance().history(), options.labels(),
                options.title(), options.insights(), RenderContext.segmentLayoutFor(results, layout));
        // all sheets first, in order, so formulas can name any of them
        for (String name : layout.sheetNames()) {
            wb.createSheet(name);
        }
        XSSFSheet dashboard = wb.getSheet(layout.dashboardSheet());
        XSSFSheet targets = wb.getSheet(layout.targetsSheet());
        XSSFSheet data = wb.getSheet(layout.dataSheet());
        XSSFSheet about = wb.getSheet(layout.aboutSheet());

        DataSheet.write(data, ctx);
        if (layout.rawData().isPresent()) {
            XSSFSheet raw = wb.getSheet(layout.rawDataSheet());
            RawSheet.header(raw, ctx);
            raw.setTabColor(styles.color(theme.muted()));
        }
        for (KeptRows kept : results.data().sourcing().kept()) {
            SourceRowsLayout sheetLayout = layout.sourceRows(kept.source());
            XSSFSheet raw = wb.getSheet(sheetLayout.sheetName());
            SourceSheet.header(raw, kept, sheetLayout, ctx);
            raw.setTabColor(styles.color(theme.muted()));
        }
        TargetsSheet.write(targets, ctx);
        for (Stage st : results.journey().stages()) {
            StageSheet.write(wb.getSheet(layout.stageSheet(st.id())), st, ctx);
        }
        DashboardSheet.write(dashboard, ctx);
        if (brand.logo() != null) {
            BannerLogo.add(dashboard, layout.dashboard(), brand.logo());
        }
        AboutSheet.write(about, ctx);

        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (i > 0) {
                printSetup(wb.getSheetAt(i));
            }
            headerFooter(wb.getSheetAt(i), results, brand, options.labels());
            // POI appends a <col> per width set; Excel wants them sorted by column, without overlaps
            if (wb.getSheetAt(i).getCTWorksheet().sizeOfColsArray() > 0) {
                wb.getSheetAt(i).getColumnHelper().cleanColumns();
            }
        }
        dashboard.setTabColor(styles.color(theme.primary()));
        targets.setTabColor(styles.color("E3B505"));
        TargetsSheet.printSetup(targets, ctx);
        data.setTabColor(styles.color(theme.muted()));
        about.setTabColor(styles.color(theme.muted()));
        if (options.provenance() != null) {
            StampSheet.write(wb, new Stamp(options.provenance(), options.periodsAhead(),
                    results.data().periods().get(selected).start(), options.chosen(), options.labels().code()));
        }
        wb.setActiveSheet(0);
        wb.setForceFormulaRecalculation(true);
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date date = Date.from(options.documentDate());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("journeydash");
        core.setTitle(results.journey().name());
        return wb;
    }
}
