package dev.journeydash.examples;

import dev.journeydash.Request;
import dev.journeydash.model.KeptRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the export tests share: the presets and example templates as plain YAML maps, the header
 * lines of an export file, a preset's detect rule, and the request that runs a template on files.
 */
final class ExportFiles {
    /** The real exports, beside the repository (CI has them); tests skip when they are not there. */
    static final Path REAL = Path.of("..", "shared", "real-exports");
    static final String NO_REAL = "../shared/real-exports not present: the real-export checks are skipped";
    static final Path PRESETS = Path.of("src/main/resources/dev/journeydash/presets");
    static final Path EXAMPLES = Path.of("templates/examples");
    static final Path FIXTURES = Path.of("src/test/resources/exports");

    private ExportFiles() { }

    /** A YAML file as maps, lists and scalars. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(Path file) {
        try {
            return (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The preset names, from the files in the presets folder. */
    static List<String> presetNames() {
        try (Stream<Path> files = Files.list(PRESETS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> preset(String name) {
        return yaml(PRESETS.resolve(name + ".yaml"));
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object list) {
        return ((List<Object>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    /** The export file of a fixture folder: the one file that is not its template. */
    static Path fixtureFile(String fixture) {
        try (Stream<Path> files = Files.list(FIXTURES.resolve(fixture))) {
            List<Path> data = files.filter(p -> !p.getFileName().toString().endsWith(".yaml")).toList();
            if (data.size() != 1) {
                throw new IllegalStateException(fixture + " should hold one export file besides journey.yaml: " + data);
            }
            return data.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fixtureNames() {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every line of an export that could be a header, each as its cells normalised the way
     * templates name columns ({@link KeptRows#normalise}): tab-separated when the line has a
     * tab, else comma-separated; BOM and line ends removed.
     */
    static List<Set<String>> candidateHeaders(Path file) {
        List<Set<String>> out = new ArrayList<>();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            for (String line : text.split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(line.indexOf('\t') >= 0 ? '\t' : ',').get();
                try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
                    for (CSVRecord record : parser) {
                        Set<String> cells = new LinkedHashSet<>();
                        record.forEach(c -> cells.add(KeptRows.normalise(c)));
                        out.add(cells);
                    }
                } catch (IOException | RuntimeException e) {
                    // a line that is not CSV (a title) is no header
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The first line of {@code file} that holds every one of {@code columns}, or null. */
    static Set<String> headerHolding(Path file, List<String> columns) {
        List<String> wanted = columns.stream().map(KeptRows::normalise).toList();
        return candidateHeaders(file).stream().filter(h -> h.containsAll(wanted)).findFirst().orElse(null);
    }

    /** Whether a preset's detect columns all appear on one line of {@code file}. */
    static boolean detects(String preset, Path file) {
        return headerHolding(file, strings(preset(preset).get("detect"))) != null;
    }

    /** Every column a source entry names: date column, filter columns, measure columns, where columns. */
    static Set<String> columnsNamed(Map<String, Object> source) {
        Set<String> out = new LinkedHashSet<>();
        Object date = source.get("date");
        if (date instanceof String s) {
            out.add(s);
        } else if (date instanceof Map<?, ?> m && m.get("column") != null) {
            out.add(String.valueOf(m.get("column")));
        }
        out.addAll(map(source.get("filter")).keySet());
        for (Object how : map(source.get("measures")).values()) {
            if (how instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (e.getKey().equals("where")) {
                        out.addAll(map(e.getValue()).keySet());
                    } else if (!"rows".equals(e.getValue())) {
                        out.add(String.valueOf(e.getValue()));
                    }
                }
            }
        }
        return out;
    }

    /** Source name to file name, as a template's {@code sources:} gives them. */
    static Map<String, String> sourceFiles(Path template) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Object s : (List<?>) yaml(template).get("sources")) {
            Map<String, Object> source = map(s);
            out.put(String.valueOf(source.get("name")), String.valueOf(source.get("file")));
        }
        return out;
    }

    /**
     * The request that runs {@code template} with each source reading the file given for it:
     * {@code source(name, file)} for each, as {@code --data NAME=FILE} does.
     */
    static Request request(Path template, Map<String, Path> files) {
        Request.Builder builder = Request.builder().template(template);
        files.forEach(builder::source);
        return builder.build();
    }
}
