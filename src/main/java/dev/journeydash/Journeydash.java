package dev.journeydash;

import dev.journeydash.compute.Calculator;
import dev.journeydash.compute.Results;
import dev.journeydash.model.DataSet;
import dev.journeydash.model.DateOrder;
import dev.journeydash.model.Decimal;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.source.DataSources;
import dev.journeydash.template.TemplateLoader;
import dev.journeydash.xlsx.RenderOptions;
import dev.journeydash.xlsx.WorkbookWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** The library's front door: read a template and data, compute, render a workbook. */
public final class Journeydash {
    private Journeydash() { }

    /**
     * Reads and validates the template and the data, and computes every KPI, score and status.
     *
     * @param decimal the data's decimal separator, '.' or ',', or 0 to detect it
     */
    public static Results compute(Path template, Path data, char decimal) throws InputException {
        return compute(template, data, decimal, Progress.NONE);
    }

    /** As {@link #compute(Path, Path, char)}, reporting the rows read to {@code progress}. */
    public static Results compute(Path template, Path data, char decimal, Progress progress) throws InputException {
        return compute(template, data, decimal, DateOrder.DETECT, progress);
    }

    /**
     * As {@link #compute(Path, Path, char, Progress)}; {@code dateOrder}, unless DETECT, overrides
     * the template's order of day and month in nn/nn/yyyy dates.
     */
    public static Results compute(Path template, Path data, char decimal, DateOrder dateOrder, Progress progress)
            throws InputException {
        Journey journey = TemplateLoader.load(template);
        if (dateOrder != DateOrder.DETECT) {
            journey = journey.withDateOrder(dateOrder);
        }
        progress.phase("reading " + data.getFileName());
        DataSet dataSet = DataSources.read(data, journey,
                new ReadOptions(decimal == 0 ? Decimal.DETECT : Decimal.ofText(String.valueOf(decimal)), DateOrder.DETECT), progress);
        progress.phase("computing KPIs");
        return Calculator.compute(journey, dataSet);
    }

    /** Renders the workbook for {@code results} to {@code out}. */
    public static void render(Results results, RenderOptions options, OutputStream out) throws IOException {
        render(results, options, out, Progress.NONE);
    }

    /** As {@link #render(Results, RenderOptions, OutputStream)}, reporting phases to {@code progress}. */
    public static void render(Results results, RenderOptions options, OutputStream out, Progress progress)
            throws IOException {
        WorkbookWriter.write(results, options, out, progress);
    }

    /**
     * The document date for reproducible output: {@code SOURCE_DATE_EPOCH} (seconds) when set,
     * else midnight UTC of the first day of the latest period in the data.
     */
    public static Instant documentDate(Results results, String sourceDateEpoch) {
        if (sourceDateEpoch != null && sourceDateEpoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch));
        }
        var periods = results.data().periods();
        return periods.get(periods.size() - 1).start().atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
