package dev.journeydash;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering written in each package's {@code package-info.java} ("May use: model, io."), checked
 * on the compiled classes: a class may depend on its own package and on the packages its package
 * lists, nothing else of journeydash. Only {@code cli} prints.
 */
class LayeringTest {
    private static final String ROOT = "dev.journeydash";
    private static final Path SOURCES = Path.of("src/main/java/dev/journeydash");
    private static final Pattern MAY_USE = Pattern.compile("May use: ([^\\n]*?)\\.\\s*\\n");

    private static JavaClasses classes;
    private static Map<String, Set<String>> allowed;

    @BeforeAll
    static void load() throws IOException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        allowed = rules();
    }

    /** Package (relative to dev.journeydash, "" for the root, which a list names "root") to the packages it may use; null = everything. */
    private static Map<String, Set<String>> rules() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<Path> infos;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            infos = files.filter(p -> p.getFileName().toString().equals("package-info.java")).toList();
        }
        for (Path info : infos) {
            String pkg = SOURCES.relativize(info.getParent()).toString().replace('/', '.');
            Matcher m = MAY_USE.matcher(Files.readString(info));
            assertThat(m.find()).as(info + " says which packages it may use (\"May use: model, io.\")").isTrue();
            String list = m.group(1).strip();
            out.put(pkg, list.equals("everything") ? null : list.startsWith("nothing") ? Set.of()
                    : Arrays.stream(list.split(",")).map(String::strip).map(p -> p.equals("root") ? "" : p).collect(Collectors.toCollection(TreeSet::new)));
        }
        return out;
    }

    private static String packageOf(JavaClass c) {
        String p = c.getPackageName();
        return p.equals(ROOT) ? "" : p.substring(ROOT.length() + 1);
    }

    @Test
    void everyPackageSaysWhatItMayUse() {
        Set<String> packages = classes.stream().map(LayeringTest::packageOf).collect(Collectors.toCollection(TreeSet::new));

        assertThat(allowed.keySet()).as("packages with a package-info.java").containsAll(packages);
    }

    @Test
    void noPackageUsesOneItMayNot() {
        List<String> violations = violations(classes);

        assertThat(violations).as("dependencies that package-info.java does not allow").isEmpty();
    }

    /** "xlsx.DashboardSheet uses report: Html, Page (xlsx may use: compute, model)" for each forbidden dependency. */
    static List<String> violations(JavaClasses classes) {
        Map<String, Set<String>> used = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = packageOf(c);
            Set<String> may = allowed.get(from);
            if (may == null && allowed.containsKey(from)) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (!target.getPackageName().startsWith(ROOT)) {
                    continue;
                }
                String to = packageOf(target);
                if (!to.equals(from) && (may == null || !may.contains(to))) {
                    String key = c.getName().substring(ROOT.length() + 1) + " uses " + (to.isEmpty() ? "the root package" : to)
                            + " (" + (from.isEmpty() ? "the root package" : from) + " may use: "
                            + (may == null ? "nothing, it has no package-info.java" : String.join(", ", may)) + ")";
                    used.computeIfAbsent(key, k -> new TreeSet<>()).add(target.getSimpleName());
                }
            }
        }
        return used.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    }

    /** The same rules over the source files' import lines, which also catch an import nothing uses. */
    @Test
    void noSourceFileImportsAPackageItMayNot() throws IOException {
        Pattern importLine = Pattern.compile("^import (?:static )?dev\\.journeydash\\.((?:[a-z]+\\.)*)[A-Z]", Pattern.MULTILINE);
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String from = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
            Set<String> may = allowed.get(from);
            if (may == null && allowed.containsKey(from)) {
                continue;
            }
            Matcher m = importLine.matcher(Files.readString(file));
            while (m.find()) {
                String to = m.group(1).isEmpty() ? "" : m.group(1).substring(0, m.group(1).length() - 1);
                if (!to.equals(from) && (may == null || !may.contains(to))) {
                    violations.add(SOURCES.relativize(file) + " imports " + (to.isEmpty() ? "the root package" : to));
                }
            }
        }

        assertThat(violations).as("imports that package-info.java does not allow").isEmpty();
    }

    @Test
    void onlyTheCommandLinePrints() {
        List<String> printing = new ArrayList<>();
        for (JavaClass c : classes) {
            if (packageOf(c).equals("cli") || packageOf(c).startsWith("cli.")) {
                continue;
            }
            c.getFieldAccessesFromSelf().stream()
                    .filter(a -> a.getTarget().getOwner().isEquivalentTo(System.class)
                            && (a.getTarget().getName().equals("out") || a.getTarget().getName().equals("err")))
                    .forEach(a -> printing.add(a.getDescription()));
            c.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTarget().getName().equals("printStackTrace")
                            || call.getTarget().getOwner().isAssignableTo(PrintStream.class)
                            && call.getTarget().getName().startsWith("print"))
                    .forEach(call -> printing.add(call.getDescription()));
        }

        assertThat(printing).as("printing outside cli").isEmpty();
    }
}
