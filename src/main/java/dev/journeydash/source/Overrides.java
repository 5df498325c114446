package dev.journeydash.source;

import dev.journeydash.model.InputException;
import dev.journeydash.model.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The files given on the command line (or in a request) in place of those a template's sources name. */
final class Overrides {
    private Overrides() { }

    static List<Source> apply(List<Source> sources, Path data, Map<String, Path> files) throws InputException {
        List<String> names = sources.stream().map(Source::name).toList();
        for (String name : files.keySet()) {
            if (!names.contains(name)) {
                throw InputException.of("--data " + name + "=" + files.get(name), "the template has no source \"%s\"; its "
                        + "sources are: %s", name, String.join(", ", names));
            }
        }
        for (Source s : sources) {
            if (s.isSql() && files.containsKey(s.name())) {
                throw InputException.of("--data " + s.name() + "=" + files.get(s.name()), "source \"%s\" is a SQL query: it "
                        + "reads no file (refresh re-runs it without --data)", s.name());
            }
        }
        List<Source> fileSources = sources.stream().filter(s -> !s.isSql()).toList();
        if (data != null && fileSources.isEmpty()) {
            throw InputException.of("--data " + data, "the template's sources are SQL queries (%s): they read no file; "
                    + "leave out --data", String.join(", ", names));
        }
        boolean oneFile = fileSources.stream().map(Source::file).distinct().count() == 1;
        if (data != null && fileSources.size() > 1 && !oneFile) {
            throw InputException.of("--data " + data, "the template has %d sources (%s): say which file is which with "
                    + "--data NAME=FILE", sources.size(), String.join(", ", names));
        }
        List<Source> out = new ArrayList<>();
        for (Source s : sources) {
            Path file = s.isSql() ? null : files.containsKey(s.name()) ? files.get(s.name()) : data;
            out.add(file == null ? s : s.withFile(file.toString()));
        }
        return out;
    }
}
