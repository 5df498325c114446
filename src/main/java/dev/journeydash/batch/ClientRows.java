package dev.journeydash.batch;

import dev.journeydash.labels.Labels;
import dev.journeydash.model.InputException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A manifest's entries checked and turned into {@link ClientRun}s. Defaults: no template reads
 * the data as its header's preset says; no brand takes the template's; no language the brand's,
 * else English; no output writes {@code output/<client>.xlsx} beside the manifest (the client's
 * name in lower case, letters and digits joined by hyphens). Client names and outputs must be
 * unique.
 */
final class ClientRows {
    /** The longest client name. */
    static final int MAX_CLIENT_CHARS = 80;

    private final String file;
    private final Path folder;
    private final List<InputException.Problem> problems = new ArrayList<>();

    ClientRows(String file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    List<ClientRun> resolve(List<ManifestEntry> entries) throws InputException {
        List<ClientRun> runs = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<Path, String> outs = new HashMap<>();
        for (ManifestEntry e : entries) {
            ClientRun run = run(e);
            if (run == null) {
                continue;
            }
            Integer before = names.putIfAbsent(run.client().toLowerCase(Locale.ROOT), e.line());
            if (before != null) {
                problem(e.lineOf("client"), "client", "client %s is listed twice (first on line %d); name each client once",
                        InputException.quoted(run.client()), before);
            }
            Path out = run.out().toAbsolutePath().normalize();
            String other = outs.putIfAbsent(out, run.client());
            if (other != null) {
                problem(e.lineOf("out"), "out", "%s and %s would both write %s; give each client its own out",
                        InputException.quoted(other), InputException.quoted(run.client()), run.out());
            }
            runs.add(run);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return runs;
    }

    private ClientRun run(ManifestEntry e) {
        String client = e.get("client");
        if (client == null) {
            problem(e.line(), "client", "the client's name is missing; each client needs one");
            return null;
        }
        if (client.codePointCount(0, client.length()) > MAX_CLIENT_CHARS) {
            problem(e.lineOf("client"), "client", "the client's name %s is longer than %d characters",
                    InputException.quoted(client), MAX_CLIENT_CHARS);
            return null;
        }
        if (client.codePoints().anyMatch(Character::isISOControl)) {
            problem(e.lineOf("client"), "client", "the client's name %s holds a control character", InputException.quoted(client));
            return null;
        }
        Path template = path(e, "template");
        Path data = path(e, "data");
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Map.Entry<String, String> s : e.sources().entrySet()) {
            Path p = path(e, "data", s.getValue());
            if (p != null) {
                sources.put(s.getKey(), p);
            }
        }
        if (e.get("template") == null && e.get("data") == null && e.sources().isEmpty()) {
            problem(e.line(), null, "client %s needs a template or a data file (an export whose header names its preset)",
                    InputException.quoted(client));
        }
        if (e.get("template") == null && !e.sources().isEmpty()) {
            problem(e.lineOf("data"), "data", "client %s names source files but no template that declares those sources",
                    InputException.quoted(client));
        }
        String lang = e.get("lang");
        if (lang != null) {
            try {
                lang = Labels.normalise(lang);
            } catch (IllegalArgumentException ex) {
                problem(e.lineOf("lang"), "lang", "%s is not a language journeydash speaks: %s", InputException.quoted(lang),
                        String.join(", ", Labels.SUPPORTED));
            }
        }
        Path out = e.get("out") != null ? path(e, "out") : resolve(Path.of("output", slug(client) + ".xlsx"));
        if (out != null && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            problem(e.lineOf("out"), "out", "the output %s must end in .xlsx", InputException.quoted(e.get("out")));
            return null;
        }
        return out == null ? null : new ClientRun(client, e.line(), template, data, sources, path(e, "brand"), lang, out,
                e.params());
    }

    /** The file name part a client's name gives: "Café Nord & Co." is {@code cafe-nord-co}. */
    static String slug(String client) {
        // accents off Latin letters only: a Japanese name keeps its voiced marks
        String plain = Normalizer.normalize(Normalizer.normalize(client, Normalizer.Form.NFD)
                .replaceAll("(?<=\\p{IsLatin})\\p{M}+", ""), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "client" : slug;
    }

    private Path path(ManifestEntry e, String field) {
        String text = e.get(field);
        return text == null ? null : path(e, field, text);
    }

    private Path path(ManifestEntry e, String field, String text) {
        try {
            return resolve(Path.of(text));
        } catch (InvalidPathException ex) {
            problem(e.lineOf(field), field, "%s is not a file name: %s", InputException.quoted(text), ex.getReason());
            return null;
        }
    }

    private Path resolve(Path p) {
        return folder == null || p.isAbsolute() ? p : folder.resolve(p);
    }

    private void problem(int line, String column, String format, Object... args) {
        if (problems.size() < InputException.MAX_PROBLEMS) {
            problems.add(new InputException.Problem(file, line, column, String.format(format, args)));
        }
    }
}
