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
        boolean oneFile = sources.stream().map(Source::file).distinct().count() == 1;
        if (data != null && sources.size() > 1 && !oneFile) {
            throw InputException.of("--data " + data, "the template has %d sources (%s): say which file is which with "
                    + "--data NAME=FILE", sources.size(), String.join(", ", names));
        }
        List<Source> out = new ArrayList<>();
        for (Source s : sources) {
            Path file = files.containsKey(s.name()) ? files.get(s.name()) : data;
            out.add(file == null ? s : s.withFile(file.toString()));
        }
        return out;
    }
}
