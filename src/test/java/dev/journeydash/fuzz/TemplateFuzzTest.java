package dev.journeydash.fuzz;

import dev.journeydash.template.TemplateLoader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the template loader: the built-in templates mutated (lines deleted or re-indented,
 * scalars replaced by junk, anchors and aliases, tags, deep nesting, huge numbers), random YAML
 * text, and mutated templates read from disk. Whatever the input, the loader returns a journey
 * or throws an InputException naming the file.
 */
@AddLifecycleHook(FuzzSeed.class)
class TemplateFuzzTest {
    private static final String FILE = "fuzz.yaml";
    static final List<Path> BASES = List.of(Path.of("templates/ecommerce.yaml"), Path.of("templates/saas.yaml"),
            Path.of("src/test/resources/invalid/templates/valid-base.yaml"),
            // with targets per period (targets: under two KPIs)
            Path.of("src/test/resources/budget/budget.yaml"));
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("journeydash-fuzz-template");
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("template.");
        Fuzz.deleteTree(dir);
    }

    @Property(tries = 3000)
    void mutatedTemplate(@ForAll("bases") Path base, @ForAll("mutations") List<YamlMutation> mutations) {
        String text = YamlMutation.applyAll(Fuzz.read(base), mutations);
        Fuzz.check("template.mutatedTemplate", FILE, base + " " + mutations + "\n" + text,
                () -> TemplateLoader.parse(FILE, text));
    }

    @Property(tries = 1500)
    void randomYamlText(@ForAll("yamlText") String text) {
        Fuzz.check("template.randomYamlText", FILE, text, () -> TemplateLoader.parse(FILE, text));
    }

    /** The file path: byte-order mark, NUL bytes, text that is not UTF-8. */
    @Property(tries = 400)
    void mutatedTemplateAsFile(@ForAll("bases") Path base, @ForAll("mutations") List<YamlMutation> mutations,
                               @ForAll("bytePrefixes") byte[] prefix, @ForAll int where) throws IOException {
        byte[] text = YamlMutation.applyAll(Fuzz.read(base), mutations).getBytes(StandardCharsets.UTF_8);
        int at = where % 2 == 0 ? 0 : Math.floorMod(where, text.length + 1);
        byte[] bytes = new byte[text.length + prefix.length];
        System.arraycopy(text, 0, bytes, 0, at);
        System.arraycopy(prefix, 0, bytes, at, prefix.length);
        System.arraycopy(text, at, bytes, at + prefix.length, text.length - at);
        Path file = dir.resolve("template.yaml");
        Files.write(file, bytes);
        Fuzz.check("template.mutatedTemplateAsFile", file.toString(), bytes, () -> TemplateLoader.load(file));
    }

    @Provide
    Arbitrary<Path> bases() {
        return Arbitraries.of(BASES);
    }

    @Provide
    Arbitrary<List<YamlMutation>> mutations() {
        return YamlMutation.sequences();
    }

    @Provide
    Arbitrary<String> yamlText() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.strings().ofMaxLength(300)),
                Tuple.of(3, Arbitraries.strings().withChars("-:[]{}&*!|>'\"#%@`, \n\n\n  \t?0123456789abcdez.~".toCharArray())
                        .ofMaxLength(600)),
                Tuple.of(2, Arbitraries.of(YamlMutation.SCALARS).list().ofMaxSize(30).map(l -> String.join("\n", l))));
    }

    @Provide
    Arbitrary<byte[]> bytePrefixes() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {0},
                        new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xEF, (byte) 0xBB})),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(6)));
    }
}
