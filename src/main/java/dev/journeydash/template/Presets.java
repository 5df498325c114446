package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The built-in presets ({@code src/main/resources/dev/journeydash/presets/<name>.yaml}, listed in
 * {@code index.txt}): loaded once, on first use. A preset that does not load is a bug of ours,
 * reported as an {@link IllegalStateException}.
 */
public final class Presets {
    private static final String FOLDER = "/dev/journeydash/presets/";
    private static final Set<String> KEYS = Set.of("preset", "tool", "export", "detect", "journey", "source", "measures");
    private static final Map<String, Preset> LOADED = new ConcurrentHashMap<>();

    private Presets() { }

    /** The names of the built-in presets, in index order. */
    public static List<String> names() {
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset named {@code name}, or null when there is none. */
    static Preset find(String name) {
        if (!names().contains(name)) {
            return null;
        }
        return LOADED.computeIfAbsent(name, Presets::load);
    }

    /**
     * The preset whose {@code detect} columns all appear in {@code header} (names compared as
     * headers are: case, spaces and punctuation ignored); of several, the one naming most columns;
     * null when none fits.
     */
    public static String detect(List<String> header) {
        Set<String> have = header.stream().map(Presets::normalise).collect(Collectors.toSet());
        String best = null;
        int most = 0;
        for (String name : names()) {
            List<String> detect = find(name).detect();
            if (detect.size() > most && detect.stream().map(Presets::normalise).allMatch(have::contains)) {
                best = name;
                most = detect.size();
            }
        }
        return best;
    }

    /** The preset that one of {@code lines} (the first lines of a file, split into cells) identifies, or null. */
    public static String detectIn(List<List<String>> lines) {
        for (List<String> line : lines) {
            String found = detect(line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The detect columns of preset {@code name} that {@code header} lacks; empty when it fits. */
    public static List<String> missing(String name, List<String> header) {
        Preset p = find(name);
        if (p == null) {
            throw new IllegalArgumentException("no preset " + name);
        }
        Set<String> have = header.stream().map(Presets::normalise).collect(Collectors.toSet());
        return p.detect().stream().filter(c -> !have.contains(normalise(c))).toList();
    }

    /** The built-in journey of preset {@code name} (a template name such as {@code ecommerce}). */
    public static String journey(String name) {
        Preset p = find(name);
        if (p == null) {
            throw new IllegalArgumentException("no preset " + name);
        }
        return p.journey();
    }

    /** The measure ids preset {@code name} defines. */
    public static List<String> measures(String name) {
        Preset p = find(name);
        if (p == null) {
            throw new IllegalArgumentException("no preset " + name);
        }
        return List.copyOf(p.measures().keySet());
    }

    private static String normalise(String header) {
        return dev.journeydash.model.KeptRows.normalise(header);
    }

    private static Preset load(String name) {
        String file = "preset " + name;
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException(file + ": listed in index.txt but missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(file, YamlNodes.parse(file, text, "preset"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the built-in " + e.getMessage(), e);
        }
    }

    private static Preset parse(String file, Value root) throws InputException {
        YamlFields fields = new YamlFields(file, TemplateLoader.TEXT_LIMIT);
        if (!(root instanceof Map2 map) || !(map.entries().get("source") instanceof Map2 source)) {
            throw InputException.of(file, "a preset is a mapping with a source: mapping");
        }
        fields.unknownKeys(map, KEYS, "");
        String name = fields.text(map, "preset", null, "");
        String tool = fields.text(map, "tool", null, "");
        String export = fields.text(map, "export", "", "");
        String journey = fields.text(map, "journey", null, "");
        List<String> detect = fields.textList(map, "detect", "");
        if (detect.isEmpty()) {
            fields.problem(map.line(), "", "\"detect\" must list the header columns that identify the export");
        }
        Map<String, Measure> measures = new LinkedHashMap<>();
        Value declared = map.entries().get("measures");
        if (declared != null) {
            new MeasureReader(fields).measures(declared, map.line()).forEach(m -> measures.put(m.id(), m));
        }
        fields.throwIfAny();
        return new Preset(name, tool, export, detect, journey, source, measures);
    }
}
