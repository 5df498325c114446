package dev.journeydash.compute;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** compute uses the model and the JDK only, as its package-info says. */
class ComputeDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/journeydash/compute");
    private static final Pattern PROJECT = Pattern.compile("\\bdev\\.journeydash\\.(\\w+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void computeReadsOnlyTheModel() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = PROJECT.matcher(code);
                while (m.find()) {
                    if (!m.group(1).equals("compute") && !m.group(1).equals("model")) {
                        problems.add(f.getFileName() + " names dev.journeydash." + m.group(1));
                    }
                }
                Matcher i = IMPORT.matcher(code);
                while (i.find()) {
                    if (!i.group(1).startsWith("java.") && !i.group(1).startsWith("dev.journeydash.model.")) {
                        problems.add(f.getFileName() + " imports " + i.group(1));
                    }
                }
            }
        }
        assertThat(Files.exists(SOURCES.resolve("package-info.java"))).as("package-info.java").isTrue();
        assertThat(problems).isEmpty();
    }
}
