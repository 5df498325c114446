package dev.journeydash.cli;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.io.Output;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The report's files of one run (HTML, JSON, PNG charts): rendered whole in memory first, so
 * that a failing template writes nothing, then each written atomically.
 */
final class ReportOutputs {
    private final byte[] html;
    private final byte[] json;
    private final Map<String, byte[]> pngs;
    private final Path htmlFile;
    private final Path jsonFile;
    private final Path pngFolder;

    private ReportOutputs(byte[] html, byte[] json, Map<String, byte[]> pngs, Path htmlFile, Path jsonFile, Path pngFolder) {
        this.html = html;
        this.json = json;
        this.pngs = pngs;
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
        Map<String, byte[]> pngs = pngFolder != null ? Journeydash.report(request, results).pngs(2) : null;
        return new ReportOutputs(html, json, pngs, htmlFile, jsonFile, pngFolder);
    }

    /**
     * Starts rendering on another thread, so that the report is made while the workbook is
     * written; {@link Pending#ready} keeps the workbook back until it is made.
     */
    static Pending start(Request request, Results results, Path htmlFile, Path jsonFile, Path pngFolder) {
        check(htmlFile, ".html", "--html");
        check(jsonFile, ".json", "--json");
        return new Pending(CompletableFuture.supplyAsync(() -> {
            try {
                return render(request, results, htmlFile, jsonFile, pngFolder);
            } catch (InputException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /** A report being rendered on another thread. */
    static final class Pending {
        private final CompletableFuture<ReportOutputs> future;

        private Pending(CompletableFuture<ReportOutputs> future) {
            this.future = future;
        }

        /** Waits for the report; an {@link IOException} when it failed (its reason from {@link #get}). */
        void ready() throws IOException {
            try {
                future.join();
            } catch (CompletionException e) {
                throw new IOException("the report could not be made", e.getCause());
            }
        }

        /** The rendered report, or the input problem that stopped it. */
        ReportOutputs get() throws InputException {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof InputException ie) {
                    throw ie;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }

        /** Whether rendering failed; then {@link #get} throws why. */
        boolean failed() {
            return future.isCompletedExceptionally();
        }
    }

    private static void check(Path file, String extension, String option) {
        if (file != null && !file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            throw new UsageException(option + " must name a " + extension + " file: " + file);
        }
    }

    /** Writes the rendered files and the PNGs, and says what was written. */
    void write(PrintWriter out) throws OutputException {
        if (html != null) {
            Output.file(htmlFile).write(o -> o.write(html));
            out.printf("Wrote %s (%,d bytes)%n", htmlFile, html.length);
        }
        if (json != null) {
            Output.file(jsonFile).write(o -> o.write(json));
            out.printf("Wrote %s (%,d bytes)%n", jsonFile, json.length);
        }
        if (pngs != null) {
            try {
                Files.createDirectories(pngFolder);
            } catch (IOException e) {
                throw new OutputException(pngFolder.toString(), e);
            }
            for (Map.Entry<String, byte[]> e : pngs.entrySet()) {
                Output.file(pngFolder.resolve(e.getKey())).write(o -> o.write(e.getValue()));
            }
            out.printf("Wrote %d charts as PNG into %s%n", pngs.size(), pngFolder);
        }
        out.flush();
    }
}
