package dev.journeydash.fuzz;

import dev.journeydash.batch.ManifestReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the batch manifest reader: the YAML and CSV manifests of src/test/resources/batch
 * mutated as templates and data files are, and random text. Whatever the input, the reader
 * returns a manifest or throws an InputException naming the file.
 */
@AddLifecycleHook(FuzzSeed.class)
class ManifestFuzzTest {
    private static final Path YAML = Path.of("src/test/resources/batch/clients.yaml");
    private static final Path CSV = Path.of("src/test/resources/batch/clients.csv");
    private static final Path FOLDER = Path.of("src/test/resources/batch");

    @AfterContainer
    static void summary() {
        Fuzz.printSummary("manifest.");
    }

    @Property(tries = 1500)
    void mutatedYamlManifest(@ForAll("yamlMutations") List<YamlMutation> mutations) {
        String text = YamlMutation.applyAll(Fuzz.read(YAML), mutations);
        Fuzz.check("manifest.mutatedYaml", "clients.yaml", mutations + "\n" + text,
                () -> ManifestReader.parse("clients.yaml", text, false, FOLDER));
    }

    @Property(tries = 1500)
    void mutatedCsvManifest(@ForAll("csvMutations") List<CsvMutation> mutations) {
        String text = CsvMutation.applyAll(Fuzz.read(CSV), mutations);
        Fuzz.check("manifest.mutatedCsv", "clients.csv", mutations + "\n" + text,
                () -> ManifestReader.parse("clients.csv", text, true, FOLDER));
    }

    @Property(tries = 500)
    void randomText(@ForAll("text") String text, @ForAll boolean csv) {
        String file = csv ? "random.csv" : "random.yaml";
        Fuzz.check("manifest.randomText", file, text, () -> ManifestReader.parse(file, text, csv, FOLDER));
    }

    @Provide
    Arbitrary<List<YamlMutation>> yamlMutations() {
        return YamlMutation.sequences();
    }

    @Provide
    Arbitrary<List<CsvMutation>> csvMutations() {
        return CsvMutation.sequences();
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("client,template,data,out:-\"#\n\r \t{}[]é\u0000\u2028".toCharArray()).ofMaxLength(400);
    }
}
