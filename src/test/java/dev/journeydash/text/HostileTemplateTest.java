package dev.journeydash.text;

import dev.journeydash.model.InputException;
import dev.journeydash.text.Snippets.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every hostile template in {@code src/test/resources/text/hostile} fails with its exact message (see the
 * README there), within the time limit and a little more, and never with anything but an InputException.
 */
class HostileTemplateTest {
    static final String DIR = "src/test/resources/text/hostile";
    static final Map<String, Object> DATA = Map.of("client", "ACME <b>Store</b>", "journey", "E-commerce",
            "period", "Jun 2025");
    /** The time limit, the grace period for the rendering thread to stop, and slack for a loaded machine. */
    private static final long MOST_MILLIS = Snippets.TIME_LIMIT.toMillis() + 1_500;

    static Stream<Arguments> cases() throws IOException {
        return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithTheExactMessage(String name, String expected) throws InputException {
        Snippets snippets = Snippets.forFolder(Path.of(DIR));
        Format format = name.endsWith(".html.ftl") ? Format.HTML : Format.TEXT;
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> snippets.render(name, DATA, Locale.ENGLISH, format))
                .isInstanceOf(InputException.class)
                .hasMessage(expected.replace(DIR + "/", Path.of(DIR) + java.io.File.separator));
        assertThat((System.nanoTime() - t0) / 1_000_000).as("milliseconds to fail").isLessThan(MOST_MILLIS);
    }

    @Test
    void everyFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(DIR))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused(@TempDir Path dir) throws Exception {
        Path brand = Files.createDirectories(dir.resolve("brand"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "password=hunter2");
        Files.createSymbolicLink(brand.resolve("link.ftl"), secret);
        Files.writeString(brand.resolve("title.ftl"), "Title: <#include \"link.ftl\">");
        Snippets snippets = Snippets.forFolder(brand);

        assertThatThrownBy(() -> snippets.render("title.ftl", DATA, Locale.ENGLISH, Format.TEXT))
                .isInstanceOf(InputException.class)
                .hasMessage(brand.resolve("title.ftl") + ": line 1, column \"8\": \"link.ftl\" leads outside the brand "
                        + "folder (a symbolic link); a template can only include or import templates from its own folder");
        assertThatThrownBy(() -> snippets.render("link.ftl", DATA, Locale.ENGLISH, Format.TEXT))
                .hasMessage(brand.resolve("link.ftl") + ": \"link.ftl\" leads outside the brand folder (a symbolic link); "
                        + "a template can only include or import templates from its own folder");
    }

    @Test
    void aSymbolicLinkedFolderOutOfTheBrandIsRefused(@TempDir Path dir) throws Exception {
        Path brand = Files.createDirectories(dir.resolve("brand"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.ftl"), "secret");
        Files.createSymbolicLink(brand.resolve("parts"), outside);
        Snippets snippets = Snippets.forFolder(brand);

        assertThatThrownBy(() -> snippets.renderSnippet("brand.yaml (footer)", "<#include \"parts/secret.ftl\">", DATA,
                Locale.ENGLISH, Format.TEXT))
                .hasMessage("brand.yaml (footer): line 1, column \"1\": \"parts/secret.ftl\" leads outside the brand folder "
                        + "(a symbolic link); a template can only include or import templates from its own folder");
    }

    @Test
    void aSymbolicLinkInsideTheFolderIsFine(@TempDir Path brand) throws Exception {
        Files.writeString(brand.resolve("real.ftl"), "${client}");
        Files.createSymbolicLink(brand.resolve("alias.ftl"), brand.resolve("real.ftl"));

        assertThat(Snippets.forFolder(brand).render("alias.ftl", DATA, Locale.ENGLISH, Format.TEXT))
                .isEqualTo("ACME <b>Store</b>");
    }

    @Test
    void aBrandTemplateIsCheckedWhenIncludedToo(@TempDir Path brand) throws Exception {
        Files.writeString(brand.resolve("part.ftl"), "ok\n  ${client?api}");
        Snippets snippets = Snippets.forFolder(brand);

        assertThatThrownBy(() -> snippets.renderSnippet("brand.yaml (title)", "<#include \"part.ftl\">", DATA,
                Locale.ENGLISH, Format.TEXT))
                .hasMessage(brand.resolve("part.ftl") + ": line 2, column \"11\": ?api is not allowed in journeydash templates");
        assertThatThrownBy(() -> snippets.renderSnippet("again", "<#include \"part.ftl\">", DATA, Locale.ENGLISH,
                Format.TEXT)).as("refused again, not served from the cache").isInstanceOf(InputException.class);
    }

    @Test
    void aTemplateThatDoublesTextInALoopStopsAtATimeOrMemoryLimit() {
        Snippets snippets = Snippets.builtIn();
        String doubling = "<#assign s = \"x\"><#list 1..40 as i><#assign s = s + s></#list>${s?length}";

        assertThatThrownBy(() -> snippets.renderSnippet("s", doubling, DATA, Locale.ENGLISH, Format.TEXT))
                .isInstanceOf(InputException.class).message().satisfiesAnyOf(
                        m -> assertThat(m).contains("rendering took longer than 2 s"),
                        m -> assertThat(m).contains("rendering ran out of memory"));
    }

    @Test
    void renderingStillWorksAfterHostileTemplates() throws InputException {
        Snippets snippets = Snippets.forFolder(Path.of(DIR)).withTimeLimit(Duration.ofMillis(200));
        assertThatThrownBy(() -> snippets.render("endless-list.ftl", DATA, Locale.ENGLISH, Format.TEXT))
                .isInstanceOf(InputException.class);

        assertThat(snippets.renderSnippet("s", "${client}", DATA, Locale.ENGLISH, Format.HTML))
                .isEqualTo("ACME &lt;b&gt;Store&lt;/b&gt;");
    }

    /** File name to message, from {@code expected.tsv}; see the README beside it. */
    static Map<String, String> expected() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(DIR, "expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int tab = line.indexOf('\t');
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return out;
    }
}
