package dev.journeydash.source;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source packages use only the packages their {@code package-info.java} allows (its
 * "May use:" paragraph), and nothing in them prints.
 */
class SourceDependenciesTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final List<String> PACKAGES = List.of("dev.journeydash.source", "dev.journeydash.source.csv",
            "dev.journeydash.source.table");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.journeydash(?:\\.[a-z]\\w*)*)\\.[A-Z][\\w.]*;",
            Pattern.MULTILINE);
    private static final Pattern ALLOWED = Pattern.compile("\\{@code (dev\\.journeydash\\.[\\w.]+)}");

    @Test
    void eachSourcePackageUsesOnlyWhatItsPackageInfoAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Set<String> allowed = allowed(pkg);
            allowed.add(pkg);
            for (Path file : javaFiles(pkg)) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        violations.add(file + " imports " + m.group(1) + "; " + pkg + " may use " + allowed);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theTableStageSeesOnlyTheModel() throws IOException {
        assertThat(allowed("dev.journeydash.source.table")).containsExactly("dev.journeydash.model");
    }

    @Test
    void nothingInSourcePrints() throws IOException {
        List<String> printing = new ArrayList<>();
        for (String pkg : PACKAGES) {
            for (Path file : javaFiles(pkg)) {
                String text = Files.readString(file);
                if (text.contains("System.out") || text.contains("System.err") || text.contains("printStackTrace")) {
                    printing.add(file.toString());
                }
            }
        }
        assertThat(printing).isEmpty();
    }

    /** The packages named in the "May use:" paragraph of {@code pkg}'s package-info.java. */
    private static Set<String> allowed(String pkg) throws IOException {
        String info = Files.readString(dir(pkg).resolve("package-info.java"));
        int at = info.indexOf("May use:");
        assertThat(at).as(pkg + "'s package-info says what it may use").isGreaterThanOrEqualTo(0);
        Set<String> allowed = new TreeSet<>();
        Matcher m = ALLOWED.matcher(info.substring(at, info.indexOf("*/", at)));
        while (m.find()) {
            allowed.add(m.group(1));
        }
        return allowed;
    }

    private static List<Path> javaFiles(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(dir(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Path dir(String pkg) {
        return MAIN.resolve(pkg.replace('.', '/'));
    }
}
