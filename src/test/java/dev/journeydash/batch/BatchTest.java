package dev.journeydash.batch;

import dev.journeydash.Journeydash;
import dev.journeydash.Request;
import dev.journeydash.io.Output;
import dev.journeydash.library.TemplateLibrary;
import dev.journeydash.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch in parallel makes, for each client, the very bytes a run of its own makes; a failing
 * client leaves no file (no report, no temporary file) and the others are made.
 */
class BatchTest {
    @TempDir
    Path dir;

    private ClientRun client(String name, String template, Path data) {
        return new ClientRun(name, 1, Path.of("templates", template + ".yaml"), data, Map.of(), null, null,
                dir.resolve(ClientRows.slug(name) + ".xlsx"));
    }

    @Test
    void inParallelEachClientGetsTheBytesOfItsOwnRun() throws Exception {
        List<ClientRun> runs = new ArrayList<>();
        for (String t : TemplateLibrary.NAMES) {
            runs.add(client("Client " + t, t, Path.of("sample-data", t + ".csv")));
        }
        List<String> told = new ArrayList<>();

        List<Batch.Outcome> outcomes = Batch.run(new Manifest("m.csv", runs), new Batch.Options(true, true, 4),
                (r, shown) -> r.journey().client() + " " + shown, o -> told.add(o.run().client()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.problems()).isEmpty());
        assertThat(outcomes).extracting(Batch.Outcome::run).containsExactlyElementsOf(runs);
        assertThat(told).containsExactlyInAnyOrderElementsOf(runs.stream().map(ClientRun::client).toList());
        for (Batch.Outcome o : outcomes) {
            ClientRun run = o.run();
            assertThat(o.summary()).isEqualTo(run.client() + " 23");
            assertThat(o.files()).containsExactly(run.out(), run.beside(".html"), run.beside(".json"));
            Request alone = Request.builder().template(run.template()).data(run.data()).client(run.client()).build();
            Path own = dir.resolve("alone.xlsx");
            var results = Journeydash.generate(alone, Output.file(own), Progress.NONE);
            assertThat(Files.readAllBytes(run.out())).as(run.client()).isEqualTo(Files.readAllBytes(own));
            assertThat(Files.readAllBytes(run.beside(".html"))).isEqualTo(Journeydash.reportBytes(alone, results));
            assertThat(Files.readAllBytes(run.beside(".json"))).isEqualTo(Journeydash.jsonBytes(alone, results));
            assertThat(results.journey().client()).isEqualTo(run.client());
        }
    }

    @Test
    void aFailingClientLeavesNoFileAndTheOthersAreMade() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.csv"), "period,visitors\n2025-01,12\n2025-01,oops\n");
        List<ClientRun> runs = List.of(
                client("Good One", "ecommerce", Path.of("sample-data/ecommerce.csv")),
                client("Missing Data", "saas", dir.resolve("nowhere.csv")),
                client("Broken Data", "ecommerce", broken),
                client("Good Two", "agency", Path.of("sample-data/agency.csv")));

        List<Batch.Outcome> outcomes = Batch.run(new Manifest("m.csv", runs), new Batch.Options(true, false, 2),
                (r, shown) -> "ok", o -> { });

        assertThat(outcomes).extracting(Batch.Outcome::ok).containsExactly(true, false, false, true);
        assertThat(outcomes.get(1).problems()).containsExactly(dir.resolve("nowhere.csv") + ": the data file does not exist");
        assertThat(outcomes.get(2).problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(broken.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("broken.csv",
                    "good-one.xlsx", "good-one.html", "good-two.xlsx", "good-two.html");
        }
    }

    @Test
    void aReportThatCannotBeWrittenKeepsTheWorkbookBackToo() throws Exception {
        ClientRun run = client("Blocked", "saas", Path.of("sample-data/saas.csv"));
        Files.createDirectories(run.beside(".html")); // a folder where the report should go

        Batch.Outcome o = Batch.one(run, new Batch.Options(true, false, 1), (r, s) -> "ok");

        assertThat(o.ok()).isFalse();
        assertThat(o.problems()).hasSize(1).first().asString().contains(run.out().toString());
        assertThat(run.out()).doesNotExist();
    }
}
