package dev.journeydash.library;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.template.TemplateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in journeys, in the order {@code journeydash templates} lists them: each a template
 * on the class path ({@code dev/journeydash/templates/NAME.yaml}, from {@code templates/}) with
 * its sample data ({@code dev/journeydash/samples/NAME.csv}, from {@code sample-data/}).
 */
public final class TemplateLibrary {
    /** The built-in journeys' names, as {@code --template NAME} takes them. */
    public static final List<String> NAMES = List.of("ecommerce", "saas", "b2b-pipeline", "mobile-app", "marketplace",
            "subscription-box", "customer-support", "agency");

    private TemplateLibrary() { }

    /**
     * One built-in journey as the list shows it.
     *
     * @param name        what {@code --template} takes
     * @param title       the journey's name
     * @param description the journey's one-line description
     * @param stages      how many stages it has
     * @param kpis        how many KPIs it has
     */
    public record Entry(String name, String title, String description, int stages, int kpis) { }

    /** Every built-in journey, read from its template. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String name : NAMES) {
            Journey j = journey(name);
            entries.add(new Entry(name, j.name(), j.description(), j.stages().size(), (int) j.kpis().count()));
        }
        return entries;
    }

    /** The built-in journey {@code name}; {@link InputException} naming the built-in ones for any other name. */
    public static String templateText(String name) throws InputException {
        check(name);
        return new String(resource("/dev/journeydash/templates/" + name + ".yaml"), StandardCharsets.UTF_8);
    }

    /** The sample data of the built-in journey {@code name}, as the file's bytes. */
    public static byte[] sample(String name) throws InputException {
        check(name);
        return resource("/dev/journeydash/samples/" + name + ".csv");
    }

    private static void check(String name) throws InputException {
        if (!NAMES.contains(name)) {
            throw InputException.of("--template " + name, "there is no built-in journey of this name; the built-in ones are "
                    + "%s (journeydash templates lists them)", String.join(", ", NAMES));
        }
    }

    private static Journey journey(String name) {
        try {
            return TemplateLoader.parse("built-in journey " + name, templateText(name));
        } catch (InputException e) {
            throw new IllegalStateException("the built-in journey " + name + " does not load: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the class path (the build packages templates/ and "
                        + "sample-data/)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
