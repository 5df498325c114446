package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The report's files of one run (HTML, JSON, PNG charts): rendered whole in memory first, so
 * that a failing template writes nothing, then each written atomically.
 */
final class ReportOutputs {
    private final byte[] html;
    private final byte[] json;
    private final Path htmlFile;
    private final Path jsonFile;
    private final Path pngFolder;

    private ReportOutputs(byte[] html, byte[] json, Path htmlFile, Path jsonFile, Path pngFolder) {
        this.html = html;
        this.json = json;
        this.htmlFile = htmlFile;
        this.jsonFile = jsonFile;
        this.pngFolder = pngFolder;
    }

    /** Renders what is asked for: any of the three may be null. */
    static ReportOutputs render(Request request, Results results, Path htmlFile, Path jsonFile, Path pngFolder)
            throws InputException {
        check(htmlFile, ".html", "--html");
        check(jsonFile, ".json", "--json");
        byte[] html = htmlFile != null ? Journeydash.reportBytes(request, results) : null;
        byte[] json = jsonFile != null ? Journeydash.jsonBytes(request, results) : null;
        return new ReportOutputs(html, json, htmlFile, jsonFile, pngFolder);
    }

    private static void check(Path file, String extension, String option) {
        if (file != null && !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            throw new UsageException(option + " must name a " + extension + " file: " + file);
        }
    }

    /** Writes the rendered files and the PNGs, and says what was written. */
    void write(Request request, Results results, PrintWriter out) throws OutputException {
        if (html != null) {
            Output.file(htmlFile).write(o -> o.write(html));
            out.printf("Wrote %s (%,d bytes)%n", htmlFile, html.length);
        }
        if (json != null) {
            Output.file(jsonFile).write(o -> o.write(json));
            out.printf("Wrote %s (%,d bytes)%n", jsonFile, json.length);
        }
        if (pngFolder != null) {
            List<Path> pngs = Journeydash.writePngs(request, results, pngFolder);
            out.printf("Wrote %d charts as PNG into %s%n", pngs.size(), pngFolder);
        }
        out.flush();
    }
}
