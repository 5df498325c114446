package dev.journeydash.library;

import dev.journeydash.brand.BrandLoader;
import dev.journeydash.io.OutputException;
import dev.journeydash.model.InputException;
import dev.journeydash.template.TemplateLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A client's folder started from a built-in journey: the template with the client's name, a
 * brand file with the client's name and the default colours, the sample data and a README with
 * the command that makes the workbook. The folder is made beside its final place and moved there
 * whole: a failed init leaves nothing.
 */
public final class ClientFolder {
    /** The longest client name: it heads the Dashboard and the report. */
    public static final int MAX_CLIENT_CHARS = 80;
    /** The sample data's file name in the folder. */
    public static final String DATA = "data.csv";
    /** The brand file's name in the folder. */
    public static final String BRAND = "brand.yaml";

    private static final Pattern CLIENT_LINE = Pattern.compile("(?m)^client:.*$");

    private ClientFolder() { }

    /**
     * What {@link #create} wrote.
     *
     * @param folder   the client's folder
     * @param template the template file in it
     * @param files    every file written, in the order written
     */
    public record Created(Path folder, Path template, List<Path> files) { }

    /**
     * Writes the folder {@code dir} for {@code client} from the built-in journey {@code template}.
     * {@code dir} must not exist or be an empty folder. {@link InputException} for an unknown
     * journey, a client name that is empty, too long or holds control characters, or a folder in
     * the way; {@link OutputException} when the folder cannot be written.
     */
    public static Created create(String template, String client, Path dir) throws InputException, OutputException {
        String name = checkClient(client);
        String text = withClient(TemplateLibrary.templateText(template), template, name);
        if (!TemplateLoader.parse(template + ".yaml", text).client().equals(name)) {
            throw new IllegalStateException("the client name did not survive the template: " + name);
        }
        String brand = BrandFile.defaults(name);
        if (!BrandLoader.parse(BRAND, brand, Path.of(".")).client().equals(name)) {
            throw new IllegalStateException("the client name did not survive the brand file: " + name);
        }
        checkFolder(dir);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(template + ".yaml", text.getBytes(StandardCharsets.UTF_8));
        files.put(BRAND, brand.getBytes(StandardCharsets.UTF_8));
        files.put(DATA, TemplateLibrary.sample(template));
        files.put("README.md", readme(template, name).getBytes(StandardCharsets.UTF_8));
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            Files.deleteIfExists(target); // an empty folder, checked above
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            tmp = null;
        } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            throw InputException.of(dir.toString(), "another program wrote into this folder while init ran; nothing was written");
        } catch (IOException e) {
            throw new OutputException(dir.toString(), e);
        } finally {
            deleteQuietly(tmp);
        }
        List<Path> written = files.keySet().stream().map(dir::resolve).toList();
        return new Created(dir, dir.resolve(template + ".yaml"), written);
    }

    /** The client name trimmed, or {@link InputException} saying what is wrong with it. */
    static String checkClient(String client) throws InputException {
        String name = client == null ? "" : client.strip();
        if (name.isEmpty()) {
            throw InputException.of("--client", "the client's name is empty; give it as --client \"Name\"");
        }
        if (name.codePointCount(0, name.length()) > MAX_CLIENT_CHARS) {
            throw InputException.of("--client", "the client's name has %d characters; at most %d fit the Dashboard's banner",
                    name.codePointCount(0, name.length()), MAX_CLIENT_CHARS);
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            throw InputException.of("--client", "the client's name %s holds a control character (a line break or a tab); give "
                    + "it on one line", InputException.quoted(name));
        }
        return name;
    }

    /** The template text with its top-level {@code client:} set to {@code client} (added after {@code name:} when absent). */
    static String withClient(String text, String template, String client) {
        String line = "client: " + BrandFile.quoted(client);
        String named = text.replace("Sample data: sample-data/" + template + ".csv.", "Sample data: " + DATA + ".");
        Matcher m = CLIENT_LINE.matcher(named);
        String body = m.find() ? named.substring(0, m.start()) + line + named.substring(m.end())
                : named.replaceFirst("(?m)^(name:.*)$", "$1\n" + Matcher.quoteReplacement(line));
        return "# " + client + "'s journey, started from the built-in " + template + " journey by journeydash init.\n" + body;
    }

    private static void checkFolder(Path dir) throws InputException, OutputException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw InputException.of(dir.toString(), "this is a file, not a folder; give a new folder for the client");
        }
        try (Stream<Path> in = Files.list(dir)) {
            if (in.findAny().isPresent()) {
                throw InputException.of(dir.toString(), "the folder is not empty; give a new folder for the client (init "
                        + "writes nothing over existing files)");
            }
        } catch (IOException e) {
            throw new OutputException(dir.toString(), e);
        }
    }

    private static String readme(String template, String client) {
        return """
                # %1$s: customer-journey dashboard

                Started from journeydash's built-in `%2$s` journey. In this folder:

                - `%2$s.yaml`: the journey (stages, KPIs, targets, formulas); see journeydash's docs/template-format.md
                - `%3$s`: the client's name, colours, fonts and logo; see docs/brand.md
                - `%4$s`: sample data to replace with the client's own, one row per period

                Make the workbook (and, with `--html`, the one-page summary):

                    journeydash generate --template %2$s.yaml --data %4$s --brand %3$s --out %2$s.xlsx

                Each month, add the new period to the data and refresh the workbook, keeping the targets
                and notes typed into it:

                    journeydash refresh --workbook %2$s.xlsx --data %4$s
                """.formatted(client, template, BRAND, DATA);
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(tmp)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a hidden temporary folder stays
        }
    }
}
