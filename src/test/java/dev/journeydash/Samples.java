package dev.journeydash;

import dev.journeydash.compute.Results;
import dev.journeydash.model.InputException;
import dev.journeydash.xlsx.RenderOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The built-in templates with their sample data, computed and rendered, for tests. */
public enum Samples {
    ECOMMERCE("ecommerce"), SAAS("saas"),
    B2B_PIPELINE("b2b-pipeline"), MOBILE_APP("mobile-app"), MARKETPLACE("marketplace"),
    SUBSCRIPTION_BOX("subscription-box"), CUSTOMER_SUPPORT("customer-support"), AGENCY("agency");

    public final String name;

    Samples(String name) {
        this.name = name;
    }

    public Path template() {
        return Path.of("templates", name + ".yaml");
    }

    public Path data() {
        return Path.of("sample-data", name + ".csv");
    }

    public Path oracle() {
        return Path.of("src/test/resources/oracle", name + "-expected.csv");
    }

    public Results results() {
        try {
            return Journeydash.compute(dev.journeydash.Request.of(template(), data()));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The sample workbook as bytes, rendered with default options. */
    public byte[] workbook() {
        return workbook(results(), RenderOptions.builder().build());
    }

    public static byte[] workbook(Results results, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Journeydash.render(results, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sample workbook with the dashboard showing period {@code selected} (0-based; -1 the latest). */
    public byte[] workbook(int selected) {
        return workbook(results(), RenderOptions.builder().selected(selected).build());
    }

    public static List<Samples> all() {
        return List.of(values());
    }
}
