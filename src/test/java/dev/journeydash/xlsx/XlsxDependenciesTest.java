package dev.journeydash.xlsx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** xlsx uses the model, compute and POI only, and prints nothing, as its package-info says. */
class XlsxDependenciesTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/journeydash/xlsx");
    private static final Set<String> ALLOWED = Set.of("xlsx", "model", "compute");
    private static final Pattern PROJECT = Pattern.compile("\\bdev\\.journeydash\\.(\\w+)");
    private static final Pattern PRINTS = Pattern.compile("System\\.(out|err)|printStackTrace");

    @Test
    void xlsxReadsOnlyTheModelAndComputeAndPrintsNothing() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = PROJECT.matcher(code);
                while (m.find()) {
                    if (!ALLOWED.contains(m.group(1))) {
                        problems.add(f.getFileName() + " names dev.journeydash." + m.group(1));
                    }
                }
                Matcher p = PRINTS.matcher(code);
                while (p.find()) {
                    problems.add(f.getFileName() + " prints: " + p.group());
                }
            }
        }
        assertThat(Files.exists(SOURCES.resolve("package-info.java"))).as("package-info.java").isTrue();
        assertThat(problems).isEmpty();
    }
}
