package dev.journeydash.refresh;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Progress;
import dev.journeydash.xlsx.WorkbookLayout;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The refresh corpus: the e-commerce sample ({@code templates/ecommerce.yaml} with
 * {@code sample-data/ecommerce.csv}) generated through the library, then edited as users edit it
 * ({@link CorpusCases}) and saved by POI, LibreOffice (Python-UNO, one soffice session for all its
 * cases) or Gnumeric (edited by POI, then opened and saved by {@code ssconvert}), built at test
 * time into a directory. Each workbook comes with what must survive a refresh of it.
 *
 * <p>What each application keeps on save, found by {@code RefreshCorpusTest} on the edited files
 * themselves (POI 5, LibreOffice 7.4, Gnumeric 1.12.55). Every user edit of the corpus survives
 * all three: targets, amber bands and weights, comments (text; LibreOffice writes a blank author),
 * typed text, new sheets with their formulas (and cached values), charts (same value ranges) and
 * PNG pictures, columns beside the Data table, defined names, the selected period; no expectation
 * had to be dropped for any application. What they lose or change is generated structure, which
 * a refresh must not rely on finding:
 * <ul>
 * <li>POI writes back what it read.</li>
 * <li>LibreOffice keeps the Data table, the selector's validation, conditional formats and
 *     sparklines; it moves references and print areas along with inserted rows and moved
 *     cells, so a broken layout still looks consistent.</li>
 * <li>Gnumeric drops the Excel table of the Data sheet ({@code DataTable}: its reader ignores
 *     {@code tableParts}) and the sparklines, writes charts without cached values (only the cell
 *     ranges), regroups conditional formats (24 blocks on the Dashboard become 7), and adds
 *     {@code _xlnm.Sheet_Title} names and {@code _xlnm.Print_Area} names of {@code #REF!} for the
 *     sheets without a print area. Rendered by LibreOffice afterwards, its bar charts (ours and
 *     the user's) show no bars, chart axes show dates as serials (45292) and the green "on track"
 *     fills are gone: the charts survive as objects with their ranges, not as they looked.</li>
 * </ul>
 */
public final class RefreshCorpus {

    /** The applications that save the corpus's workbooks. */
    public enum App {
        POI("POI"), LIBREOFFICE("LibreOffice"), GNUMERIC("Gnumeric");

        public final String label;

        App(String label) {
            this.label = label;
        }

        String suffix() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The corpus: its workbooks, the generated workbook they were made from, and the time each
     * application took to make and save its cases.
     */
    public record Built(Path generated, WorkbookLayout layout, List<EditedWorkbook> workbooks, Map<App, Duration> times) {
    }

    private RefreshCorpus() {
    }

    /**
     * Generates the sample into {@code dir} and builds the cases of the applications {@code apps}
     * (missing tools fail the calling test, or skip it with {@code -Djourneydash.engines=skip}).
     * Gnumeric opens the files POI saved when POI's cases are built too, else its own POI-edited copies.
     */
    public static Built build(Path dir, Set<App> apps) throws IOException {
        Files.createDirectories(dir);
        Path template = Path.of("templates/ecommerce.yaml");
        Path csv = Path.of("sample-data/ecommerce.csv");
        Request request = Request.builder().template(template).data(csv).build();
        Path generated = dir.resolve("generated.xlsx");
        Results results;
        try {
            results = Journeydash.generate(request, Output.file(generated), Progress.NONE);
        } catch (InputException | dev.journeydash.io.OutputException e) {
            throw new IOException("the sample does not generate: " + e.getMessage(), e);
        }
        WorkbookLayout layout = WorkbookLayout.of(results.journey(), results.periodCount() + request.periodsAhead(),
                results.data().extras().size());
        Path png = picture(dir.resolve("brand-mark.png"));
        List<CorpusCases.Case> cases;
        try (XSSFWorkbook wb = open(generated)) {
            cases = new CorpusCases(layout, results, wb, png, csv).all();
        }
        List<EditedWorkbook> out = new ArrayList<>();
        Map<App, Duration> times = new EnumMap<>(App.class);
        if (apps.contains(App.POI)) {
            long start = System.nanoTime();
            for (CorpusCases.Case c : cases) {
                out.add(workbook(c, App.POI, poi(generated, c.edits(), file(dir, c, App.POI))));
            }
            times.put(App.POI, Duration.ofNanos(System.nanoTime() - start));
        }
        if (apps.contains(App.LIBREOFFICE)) {
            long start = System.nanoTime();
            List<LibreOfficeEditor.Job> jobs = new ArrayList<>();
            for (CorpusCases.Case c : cases) {
                if (c.apps().contains(App.LIBREOFFICE)) jobs.add(new LibreOfficeEditor.Job(generated, file(dir, c, App.LIBREOFFICE), c.edits()));
            }
            try (LibreOfficeEditor lo = new LibreOfficeEditor()) {
                lo.edit(jobs);
            }
            for (CorpusCases.Case c : cases) {
                if (c.apps().contains(App.LIBREOFFICE)) out.add(workbook(c, App.LIBREOFFICE, file(dir, c, App.LIBREOFFICE)));
            }
            times.put(App.LIBREOFFICE, Duration.ofNanos(System.nanoTime() - start));
        }
        if (apps.contains(App.GNUMERIC)) {
            long start = System.nanoTime();
            Path stage = Files.createDirectories(dir.resolve("before-gnumeric"));
            try (GnumericSave gnumeric = new GnumericSave()) {
                for (CorpusCases.Case c : cases) {
                    if (!c.apps().contains(App.GNUMERIC)) continue;
                    Path poiSaved = file(dir, c, App.POI);
                    Path edited = apps.contains(App.POI) ? poiSaved : poi(generated, c.edits(), stage.resolve(c.kind() + ".xlsx"));
                    Path saved = file(dir, c, App.GNUMERIC);
                    gnumeric.save(edited, saved);
                    out.add(workbook(c, App.GNUMERIC, saved));
                }
            }
            times.put(App.GNUMERIC, Duration.ofNanos(System.nanoTime() - start));
        }
        return new Built(generated, layout, out, times);
    }

    private static Path file(Path dir, CorpusCases.Case c, App app) {
        return dir.resolve(c.kind() + "-" + app.suffix() + ".xlsx");
    }

    private static EditedWorkbook workbook(CorpusCases.Case c, App app, Path file) {
        return new EditedWorkbook(c.kind() + "-" + app.suffix(), app.label, file, c.expectations(), c.mustBeRefused());
    }

    /** {@code generated} opened in POI, edited, saved as {@code out}. */
    private static Path poi(Path generated, List<Edit> edits, Path out) throws IOException {
        try (XSSFWorkbook wb = open(generated)) {
            edits.forEach(e -> e.poi(wb));
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    static XSSFWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    /** A small brand mark: 120 x 60 pixels, two colours. */
    private static Path picture(Path out) throws IOException {
        BufferedImage img = new BufferedImage(120, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.fillRect(0, 0, 120, 60);
        g.setColor(new Color(0x2A, 0x9D, 0x8F));
        g.fillOval(30, 5, 60, 50);
        g.dispose();
        ImageIO.write(img, "png", out.toFile());
        return out;
    }
}
