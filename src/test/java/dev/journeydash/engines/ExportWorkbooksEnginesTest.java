package dev.journeydash.engines;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workbooks generated from exports through the whole pipeline (template, export reader, the
 * table stage's Java values, the workbook's formulas over the raw sheets), checked in real
 * engines: every preset fixture ({@code src/test/resources/exports/<tool>/journey.yaml}), two
 * sources of which one starts a period later, and, when {@code ../shared/real-exports} is there,
 * the example template of each of the nine real exports. Schema-valid, and LibreOffice's and
 * Gnumeric's recalculation equal to every cached value.
 */
class ExportWorkbooksEnginesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/exports");
    private static final Path REAL = Path.of("..", "shared", "real-exports");
    private static final Map<String, String> REAL_FILES = new LinkedHashMap<>();

    static {
        REAL_FILES.put("shopify-orders", "orders_export_1.csv");
        REAL_FILES.put("etsy-orders", "EtsySoldOrders2023.csv");
        REAL_FILES.put("stripe-payments", "unified_payments.csv");
        REAL_FILES.put("ga4-snapshot", "Reports_snapshot.csv");
        REAL_FILES.put("ga4-channel-hourly", "data-export.csv");
        REAL_FILES.put("gsc-performance", "Dates.csv");
        REAL_FILES.put("google-ads-campaigns", "Campaign report.csv");
        REAL_FILES.put("mailchimp-campaigns", "campaigns.csv");
        REAL_FILES.put("youtube-chart", "Chart data.csv");
    }

    @TempDir
    static Path dir;
    static List<Path> workbooks = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception {
        try (Stream<Path> tools = Files.list(FIXTURES)) {
            for (Path tool : tools.sorted().toList()) {
                write(tool.getFileName().toString(), Request.builder().template(tool.resolve("journey.yaml")).build());
            }
        }
        write("two-sources", twoSources());
        if (Files.isDirectory(REAL)) {
            for (Map.Entry<String, String> e : REAL_FILES.entrySet()) {
                write("real-" + e.getKey(), Request.builder().template(Path.of("templates/examples", e.getKey() + ".yaml"))
                        .data(REAL.resolve(e.getKey()).resolve(e.getValue())).build());
            }
        } else {
            System.out.println("engines: ../shared/real-exports not present: the real exports' workbooks are not checked");
        }
    }

    /** Web analytics from January, the shop's orders from February: January has no shop figures, blank, not 0. */
    private static Request twoSources() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("two"));
        Files.writeString(folder.resolve("web.csv"), "Day;Sessions\n2025-01-10;100\n2025-01-11;100\n2025-02-10;200\n2025-03-10;300\n");
        Files.writeString(folder.resolve("shop.csv"), "Order,Placed at,Total\n#1,02/14/2025,\"1,000.00\"\n#2,02/28/2025,50\n"
                + "#3,03/01/2025,25\n#4,03/31/2025,25\n");
        Path template = Files.writeString(folder.resolve("t.yaml"), """
                name: Two sources
                sources:
                  - name: web
                    file: web.csv
                    date: Day
                    measures:
                      sessions: { sum: Sessions }
                  - name: shop
                    file: shop.csv
                    date: Placed at
                    measures:
                      orders: { count_distinct: Order }
                      revenue: { sum: Total }
                      lines: count
                stages:
                  - id: s
                    name: Stage
                    kpis:
                      - { id: conversion, formula: orders / sessions, better: higher, target: 0.01, format: percent }
                      - { id: revenue_kpi, formula: revenue, better: higher, target: 100 }
                """);
        return Request.builder().template(template).build();
    }

    private static void write(String name, Request request) throws IOException, InputException {
        Results r = Journeydash.compute(request);
        Path out = dir.resolve(name + ".xlsx");
        try (OutputStream o = Files.newOutputStream(out)) {
            Journeydash.render(r, Journeydash.renderOptions(request, r), o);
        }
        workbooks.add(out);
    }

    @Test
    void everyPartIsSchemaValid() throws IOException {
        for (Path p : workbooks) {
            SchemaValidator.Report report = SchemaValidator.validate(p);
            assertThat(report.problems()).as(p.getFileName() + ": " + report.summary()).isEmpty();
        }
    }

    @Test
    void libreOfficeAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireLibreOffice();
        try (LibreOfficeRecalc lo = new LibreOfficeRecalc()) {
            check(lo.checkAll(workbooks), lo);
        }
    }

    @Test
    void gnumericAgreesWithEveryCachedValue() throws IOException {
        EngineAvailability.requireGnumeric();
        try (GnumericRecalc gn = new GnumericRecalc()) {
            check(gn.checkAll(workbooks), gn);
        }
    }

    private static void check(List<RecalcReport> reports, RecalcEngine engine) {
        int cells = 0;
        for (RecalcReport r : reports) {
            assertThat(r.problems()).as(r.summary()).isEmpty();
            cells += r.formulaCellsCompared();
        }
        System.out.printf("engines: %s recalculated %d export workbooks, %d formula cells compared, 0 mismatches%n",
                engine.name(), reports.size(), cells);
    }
}
