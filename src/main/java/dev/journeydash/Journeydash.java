package dev.journeydash;

import dev.journeydash.brand.BrandLoader;
import dev.journeydash.labels.Labels;
import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.Source;
import dev.journeydash.model.Brand;
import dev.journeydash.refresh.Refreshed;
import dev.journeydash.report.HtmlReport;
import dev.journeydash.report.WorkbookTexts;
import dev.journeydash.report.JsonExport;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.AutoJourney;
import dev.journeydash.template.Presets;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.text.Snippets;
import dev.journeydash.xlsx.Provenance;
import dev.journeydash.xlsx.RenderOptions;
import dev.journeydash.xlsx.WorkbookWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library's front door: read a template and data, compute, render a workbook. A run is
 * described by a {@link Request}; {@link #generate} does all of it and writes through an
 * {@link Output} (an atomic file or a stream). Nothing here prints.
 */
public final class Journeydash {
    private Journeydash() { }

    /** Reads and validates the template and the data, and computes every KPI, score and status. */
    public static Results compute(Request request) throws InputException {
        return compute(request, Progress.NONE);
    }

    /**
     * As {@link #compute(Request)}, reporting phases and rows read to {@code progress}. The brand is read
     * here, once, before the data: its client name goes into the journey, and the results carry it to
     * the workbook and the report.
     */
    public static Results compute(Request request, Progress progress) throws InputException {
        Brand brand = brand(request);
        Results results = request.template() == null ? computeBuiltIn(request, brand, progress)
                : computeTemplate(request, brand, progress);
        return results.withBrand(brand);
    }

    /**
     * The brand of a request: its brand file, else the one its template names, else {@link Brand#DEFAULT}.
     * Problems name the brand file and line.
     */
    public static Brand brand(Request request) throws InputException {
        Path file = request.brand();
        if (file == null && request.template() != null) {
            file = TemplateLoader.brandOf(request.template());
        }
        Brand brand = file == null ? Brand.DEFAULT : BrandLoader.load(file);
        if (brand.language() != null && !Labels.SUPPORTED.contains(brand.language())) {
            try {
                Labels.normalise(brand.language());
            } catch (IllegalArgumentException e) {
                throw InputException.of(String.valueOf(file), "lang: %s is not a language journeydash speaks; it speaks %s",
                        InputException.quoted(brand.language()), String.join(", ", Labels.SUPPORTED));
            }
        }
        return brand;
    }

    private static Results computeTemplate(Request request, Brand brand, Progress progress) throws InputException {
        Journey journey = withTargets(TemplateLoader.load(request.template()), request);
        if (journey.sources().isEmpty() && request.data() == null) {
            throw InputException.of(request.template().toString(), request.files().isEmpty()
                    ? "the template names no sources: give its data file with --data FILE"
                    : "the template names no sources, so there is no source \"%s\" to give a file for; give --data FILE",
                    request.files().keySet().stream().findFirst().orElse(""));
        }
        if (request.data() != null) {
            progress.phase("reading " + request.data().getFileName());
        }
        DataSet dataSet = DataSources.read(journey, request.data(), request.files(), readOptions(request), progress);
        progress.phase("computing KPIs");
        return Calculator.compute(branded(journey, brand, request), dataSet);
    }

    /** How to read a request's data: its options, and a batch client's name as SQL parameter {@code :client}. */
    static dev.journeydash.model.ReadOptions readOptions(Request request) {
        return request.read().params().containsKey("client") ? request.read() : request.read().withParam("client", request.client());
    }

    /** A run without a template: the built-in journey of the data's preset, limited to what the data feeds. */
    private static Results computeBuiltIn(Request request, Brand brand, Progress progress) throws InputException {
        if (request.data() == null && request.files().isEmpty()) {
            throw InputException.of("the request", "it gives neither a template nor a data file: give --template or --data");
        }
        if (request.data() == null) {
            throw InputException.of(String.join(", ", request.files().values().stream().map(Path::toString).toList()),
                    "a source's file was given, but no template that names the source: give the template with --template");
        }
        String preset = request.preset() != null ? request.preset() : Presets.detectIn(DataSources.headerLines(request.data()));
        if (preset == null) {
            throw InputException.of(request.data().toString(), "its header is not one journeydash knows (presets: %s); give a "
                    + "template with --template, or name the preset with --preset", String.join(", ", Presets.names()));
        }
        AutoJourney.Built built = AutoJourney.of(preset, request.data());
        Journey journey = withTargets(built.journey(), request);
        DataSet data = DataSources.read(journey, null, Map.of(), request.read(), progress);
        progress.phase("computing KPIs");
        return Calculator.compute(branded(journey, brand, request), data.withNotes(built.notes()));
    }

    /** {@code journey} for the request's client (a batch manifest's), else the brand's, else the template's. */
    static Journey branded(Journey journey, Brand brand, Request request) {
        if (request.client() != null) {
            return journey.withClient(request.client());
        }
        return brand.client().isEmpty() ? journey : journey.withClient(brand.client());
    }

    /** {@code journey} with the target changes of the request's targets file, when it names one. */
    private static Journey withTargets(Journey journey, Request request) throws InputException {
        if (request.targets() == null) {
            return journey;
        }
        return journey.withTargetChanges(DataSources.readTargets(request.targets(), journey, request.read()));
    }

    /**
     * Refreshes {@code workbook}, a workbook journeydash made, with the new data of {@code request}
     * (its template too, when it gives one: the workbook keeps the one it was made from): the data
     * replaced, every range extended, the user's targets, comments, cells, sheets and names kept,
     * the previous file kept beside it when {@code backup}. Refuses, with nothing written, a
     * workbook journeydash did not make or whose layout was moved, a damaged or crafted file, and
     * new data that lacks periods the workbook has.
     */
    public static Refreshed refresh(Path workbook, Request request, boolean backup, Progress progress)
            throws InputException, OutputException {
        return Refresher.refresh(workbook, request, backup, progress);
    }

    /**
     * Computes and writes the workbook of {@code request} to {@code output}: nothing is written
     * when the input is invalid, and a file output is replaced only when complete.
     */
    public static Results generate(Request request, Output output, Progress progress) throws InputException, OutputException {
        Results results = compute(request, progress);
        write(results, request, output, progress);
        return results;
    }

    /** Writes the workbook of computed {@code results} to {@code output}, rendered as {@code request} says. */
    public static void write(Results results, Request request, Output output, Progress progress) throws InputException, OutputException {
        RenderOptions options = withTexts(renderOptions(request, results), request, results);
        output.write(out -> render(results, options, out, progress));
    }

    /**
     * {@code options} with the texts the brand's snippets give the workbook (title, insight sentences: {@link WorkbookTexts});
     * {@link InputException} naming the snippet's file, line and column when one fails.
     */
    public static RenderOptions withTexts(RenderOptions options, Request request, Results results) throws InputException {
        WorkbookTexts texts = WorkbookTexts.of(results, shownPeriod(request, results), snippets(results), Locale.ENGLISH,
                labels(request, results));
        return new RenderOptions(options.periodsAhead(), options.brand(), options.documentDate(), options.compression(),
                options.rawCompression(), options.selected(), options.provenance(), options.chosen(), options.labels(),
                texts.title(), texts.insights());
    }

    /** The snippets of the results' brand: its folder's over the built-in ones. */
    static Snippets snippets(Results results) throws InputException {
        Brand brand = results.brand();
        return brand.folder() == null ? Snippets.builtIn() : Snippets.forFolder(brand.folder());
    }

    /**
     * The workbook's render options for a request and its results, the document date resolved
     * and the template (or preset) recorded for {@code refresh}.
     */
    public static RenderOptions renderOptions(Request request, Results results) {
        return renderOptions(request, results, provenance(request, results));
    }

    /**
     * The template's file name and text, or the preset of a template-less run, as the workbook
     * records them. The template was read moments before to compute {@code results}; should it
     * have become unreadable since, that is an {@link IllegalStateException}.
     */
    public static Provenance provenance(Request request, Results results) {
        if (request.template() != null) {
            try {
                return Provenance.ofTemplate(request.template().getFileName().toString(), TemplateLoader.text(request.template()));
            } catch (InputException e) {
                throw new IllegalStateException("the template could not be read again to record it in the workbook: "
                        + e.getMessage(), e);
            }
        }
        List<Source> sources = results.journey().sources();
        return Provenance.ofPreset(request.preset() != null ? request.preset()
                : sources.isEmpty() || sources.get(0).preset() == null ? "" : sources.get(0).preset());
    }

    /** The render options for a request and its results with {@code provenance} recorded on the stamp. */
    public static RenderOptions renderOptions(Request request, Results results, Provenance provenance) {
        return RenderOptions.builder()
                .brand(results.brand())
                .provenance(provenance)
                .periodsAhead(request.periodsAhead())
                .selected(request.selected() >= 0 ? request.selected() : selected(request, results))
                .chosen(request.selected() < 0)
                .labels(labels(request, results))
                .documentDate(request.documentDate().orElseGet(() -> documentDate(results, System.getenv("SOURCE_DATE_EPOCH"))))
                .build();
    }

    /** The words of a run: the request's language ({@code --lang}, a manifest's), else its brand's {@code lang:}, else English. */
    public static Labels labels(Request request, Results results) {
        return Labels.of(request.language() != null ? request.language() : results.brand().language());
    }

    /** The period the dashboard and the report show: the one the request names, else the journey's choice. */
    public static int shownPeriod(Request request, Results results) {
        return request.selected() >= 0 ? request.selected() : selected(request, results);
    }

    /**
     * The HTML summary of {@code results} for the period the request shows, in the request's language and the
     * results' brand (its colours, fonts and logo; its folder's text snippets over the built-in ones).
     */
    public static HtmlReport report(Request request, Results results) throws InputException {
        return new HtmlReport(results, shownPeriod(request, results), results.brand(), snippets(results), Locale.ENGLISH,
                labels(request, results));
    }

    /**
     * The HTML summary as bytes, rendered whole before anything is written, so that a template
     * that fails leaves no file.
     */
    public static byte[] reportBytes(Request request, Results results) throws InputException {
        return report(request, results).html().getBytes(StandardCharsets.UTF_8);
    }

    /** The computed model as JSON ({@link JsonExport}), as bytes. */
    public static byte[] jsonBytes(Request request, Results results) {
        return JsonExport.json(results, shownPeriod(request, results)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The period the dashboard opens on when the request names none: the latest, or with
     * {@code select: latest-complete} (the default) the latest that is not partial.
     */
    static int selected(Request request, Results results) {
        Journey.Selection select = request.select() != null ? request.select() : results.journey().select();
        int last = results.periodCount() - 1;
        if (select == Journey.Selection.LATEST) {
            return last;
        }
        for (int i = last; i >= 0; i--) {
            if (!results.data().sourcing().isPartial(i)) {
                return i;
            }
        }
        return last;
    }

    /** Renders the workbook for {@code results} to {@code out}; the stream is not closed. */
    public static void render(Results results, RenderOptions options, OutputStream out) throws IOException {
        render(results, options, out, Progress.NONE);
    }

    /** As {@link #render(Results, RenderOptions, OutputStream)}, reporting phases to {@code progress}. */
    public static void render(Results results, RenderOptions options, OutputStream out, Progress progress)
            throws IOException {
        WorkbookWriter.write(results, options, out, progress);
    }

    /**
     * The document date for reproducible output: {@code sourceDateEpoch} (seconds, as in the
     * {@code SOURCE_DATE_EPOCH} convention) when it is a number, else midnight UTC of the first day
     * of the latest period in the data.
     */
    public static Instant documentDate(Results results, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch));
        }
        var periods = results.data().periods();
        return periods.get(periods.size() - 1).start().atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
