package dev.journeydash.fuzz;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.compute.Results;
import dev.journeydash.xlsx.RenderOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzzes the readers of templates with {@code sources:} and of the exports they read: the preset
 * fixtures ({@code src/test/resources/exports/<tool>/}: an export and a journey reading it) with
 * the export mutated, and with the journey's YAML mutated. Whatever the input, a run gives a
 * workbook or an InputException naming the template or the export (see {@link Fuzz#check}).
 */
@AddLifecycleHook(FuzzSeed.class)
class SourcesFuzzTest {
    private static final Path FIXTURES = Path.of("src/test/resources/exports");
    private static Path dir;
    private static int runs;

    /** A fixture: its folder's journey and its export. */
    record Fixture(String tool, String journey, String exportName, String export) {
        @Override
        public String toString() {
            return tool;
        }
    }

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("journeydash-fuzz-sources");
    }

    @AfterContainer
    static void summary() throws IOException {
        Fuzz.printSummary("sources.");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static List<Fixture> fixtures() {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(FIXTURES)) {
            for (Path f : folders.sorted().toList()) {
                Path journey = f.resolve("journey.yaml");
                try (Stream<Path> files = Files.list(f)) {
                    for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                        out.add(new Fixture(f.getFileName().toString(), Fuzz.read(journey), csv.getFileName().toString(),
                                Fuzz.read(csv)));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    @Provide
    Arbitrary<Fixture> fixture() {
        return Arbitraries.of(fixtures());
    }

    @Provide
    Arbitrary<List<CsvMutation>> csvMutations() {
        return CsvMutation.sequences();
    }

    @Provide
    Arbitrary<List<YamlMutation>> yamlMutations() {
        return YamlMutation.sequences();
    }

    @Property(tries = 300)
    void mutatedExports(@ForAll("fixture") Fixture fixture, @ForAll("csvMutations") List<CsvMutation> mutations) throws IOException {
        String export = CsvMutation.applyAll(fixture.export(), mutations);
        run("sources.mutatedExports", fixture, fixture.journey(), export, fixture + " " + mutations + "\n" + export);
    }

    @Property(tries = 300)
    void mutatedJourneys(@ForAll("fixture") Fixture fixture, @ForAll("yamlMutations") List<YamlMutation> mutations)
            throws IOException {
        String journey = YamlMutation.applyAll(fixture.journey(), mutations);
        run("sources.mutatedJourneys", fixture, journey, fixture.export(), fixture + " " + mutations + "\n" + journey);
    }

    private void run(String property, Fixture fixture, String journey, String export, String shown) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("run" + runs++));
        // getBytes replaces what UTF-8 cannot encode (a lone surrogate a mutation made) instead of throwing
        Path template = Files.write(folder.resolve("journey.yaml"), journey.getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(folder.resolve(fixture.exportName()), export.getBytes(StandardCharsets.UTF_8));
        Fuzz.check(property, List.of(template.toString(), csv.toString(), folder.toString()), shown, () -> {
            Results r = Journeydash.compute(Request.builder().template(template).build());
            Journeydash.render(r, RenderOptions.builder().build(), OutputStream.nullOutputStream());
            return r;
        });
    }
}
