package dev.journeydash.batch;

import dev.journeydash.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Manifests in YAML and CSV: fields, defaults, paths beside the manifest, and each mistake with its line. */
class ManifestReaderTest {
    @TempDir
    Path dir;

    private static final Path HERE = Path.of("clients");

    private static Manifest csv(String text) throws InputException {
        return ManifestReader.parse("m.csv", text, true, HERE);
    }

    private static Manifest yaml(String text) throws InputException {
        return ManifestReader.parse("m.yaml", text, false, HERE);
    }

    @Test
    void csvRowsWithEmptyCellsTakeTheDefaults() throws InputException {
        Manifest m = csv("""
                client,template,data,brand,lang,out
                Toko Maju,toko/saas.yaml,toko/data.csv,toko/brand.yaml,id,out/toko.xlsx
                # a comment line

                Café Nord & Co.,,exports/orders.csv,,,
                """);

        assertThat(m.clients()).hasSize(2);
        ClientRun toko = m.clients().get(0);
        assertThat(toko).isEqualTo(new ClientRun("Toko Maju", 2, HERE.resolve("toko/saas.yaml"), HERE.resolve("toko/data.csv"),
                Map.of(), HERE.resolve("toko/brand.yaml"), "id", HERE.resolve("out/toko.xlsx")));
        ClientRun cafe = m.clients().get(1);
        assertThat(cafe.line()).isEqualTo(5);
        assertThat(cafe.template()).isNull();
        assertThat(cafe.brand()).isNull();
        assertThat(cafe.lang()).isNull();
        assertThat(cafe.out()).isEqualTo(HERE.resolve("output/cafe-nord-co.xlsx"));
        assertThat(cafe.beside(".html")).isEqualTo(HERE.resolve("output/cafe-nord-co.html"));
    }

    @Test
    void csvColumnsMayComeInAnyOrderAndSomeMayBeLeftOut() throws InputException {
        Manifest m = csv("data,client\na.csv,A\n");

        assertThat(m.clients().get(0).data()).isEqualTo(HERE.resolve("a.csv"));
        assertThat(m.clients().get(0).client()).isEqualTo("A");
    }

    @Test
    void yamlEntriesWithDefaultsAndSourceFiles() throws InputException {
        Manifest m = yaml("""
                defaults:
                  template: shared/shop.yaml
                  brand: shared/brand.yaml
                  lang: de
                clients:
                  - client: Laden Eins
                    data: { orders: eins/orders.csv, sessions: eins/sessions.csv }
                  - client: Laden Zwei
                    data: zwei.csv
                    lang: fr
                    out: /tmp/zwei.xlsx
                """);

        ClientRun eins = m.clients().get(0);
        assertThat(eins.line()).isEqualTo(6);
        assertThat(eins.template()).isEqualTo(HERE.resolve("shared/shop.yaml"));
        assertThat(eins.sources()).containsExactlyInAnyOrderEntriesOf(Map.of("orders", HERE.resolve("eins/orders.csv"),
                "sessions", HERE.resolve("eins/sessions.csv")));
        assertThat(eins.data()).isNull();
        assertThat(eins.lang()).isEqualTo("de");
        ClientRun zwei = m.clients().get(1);
        assertThat(zwei.lang()).isEqualTo("fr");
        assertThat(zwei.data()).isEqualTo(HERE.resolve("zwei.csv"));
        assertThat(zwei.out()).isEqualTo(Path.of("/tmp/zwei.xlsx"));
        assertThat(zwei.brand()).isEqualTo(HERE.resolve("shared/brand.yaml"));
    }

    @Test
    void aYamlListAloneIsAManifestToo() throws InputException {
        assertThat(yaml("- { client: A, template: a.yaml, data: a.csv }\n").clients()).hasSize(1);
    }

    @Test
    void csvMistakesNameTheLine() {
        assertThatThrownBy(() -> csv("client,templat\nA,a.yaml\n")).hasMessage("m.csv: line 1, column \"templat\": unknown column \"templat\" in "
                + "the header; a manifest's columns are client,template,data,brand,lang,out");
        assertThatThrownBy(() -> csv("template,data\na.yaml,a.csv\n")).hasMessage("m.csv: line 1: the header has no \"client\" "
                + "column; a manifest's header is client,template,data,brand,lang,out");
        assertThatThrownBy(() -> csv("client,client\nA,B\n")).hasMessage("m.csv: line 1, column \"client\": the header names column \"client\" twice");
        assertThatThrownBy(() -> csv("client,data\nA,a.csv,extra\n")).hasMessage("m.csv: line 2: the row has 3 cells; the header "
                + "names 2 (client,data)");
        assertThatThrownBy(() -> csv("client,data\n")).hasMessage("m.csv: the manifest lists no client; give one per row under "
                + "the header");
        assertThatThrownBy(() -> csv("")).hasMessage("m.csv: the manifest is empty; its first line is the header "
                + "client,template,data,brand,lang,out");
        assertThatThrownBy(() -> csv("client,data\n\"A,a.csv\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.csv: not valid CSV: ");
    }

    @Test
    void clientMistakesNameTheLineAndTheField() {
        assertThatThrownBy(() -> csv("client,data,out\nA,a.csv,a.xlsx\nB,b.csv,a.xlsx\na,c.csv,\n")).hasMessage(String.join(
                System.lineSeparator(),
                "m.csv: line 3, column \"out\": \"A\" and \"B\" would both write clients/a.xlsx; give each client its own out",
                "m.csv: line 4, column \"client\": client \"a\" is listed twice (first on line 2); name each client once"));
        assertThatThrownBy(() -> csv("client,data,lang,out\nA,a.csv,english,\nB,b.csv,,b.xls\n,c.csv,,\nD,,,\n"))
                .hasMessage(String.join(System.lineSeparator(),
                        "m.csv: line 2, column \"lang\": \"english\" is not a language journeydash speaks: en, id, de, fr, es, pt-BR",
                        "m.csv: line 3, column \"out\": the output \"b.xls\" must end in .xlsx",
                        "m.csv: line 4, column \"client\": the client's name is missing; each client needs one",
                        "m.csv: line 5: client \"D\" needs a template or a data file (an export whose header names its preset)"));
        assertThatThrownBy(() -> csv("client,data\n" + "x".repeat(81) + ",a.csv\n")).hasMessage("m.csv: line 2, column \"client\": the client's "
                + "name \"" + "x".repeat(57) + "...\" (81 characters) is longer than 80 characters");
    }

    @Test
    void yamlMistakesNameTheLine() {
        assertThatThrownBy(() -> yaml("clients:\n  - client: A\n    dta: a.csv\n")).hasMessage("m.yaml: line 3: client on line 2: "
                + "unknown key \"dta\"; expected one of brand, client, data, lang, out, params, template");
        assertThatThrownBy(() -> yaml("defaults: { out: x.xlsx }\nclients: [ { client: A, data: a.csv } ]\n"))
                .hasMessage("m.yaml: line 1: defaults: unknown key \"out\"; expected one of brand, data, lang, params, template");
        assertThatThrownBy(() -> yaml("client: A\n")).hasMessage(String.join(System.lineSeparator(),
                "m.yaml: line 1: unknown key \"client\"; expected one of clients, defaults",
                "m.yaml: line 1: \"clients\" is missing: list the clients under it"));
        assertThatThrownBy(() -> yaml("clients:\n  - just a name\n")).hasMessage("m.yaml: line 2: a client is a mapping (client:, "
                + "template:, data:...), not \"just a name\"");
        assertThatThrownBy(() -> yaml("clients:\n  - client: A\n    template: t.yaml\n    data: { orders: [a, b] }\n"))
                .hasMessage("m.yaml: line 4: client on line 2: data: source \"orders\" must name a file");
        assertThatThrownBy(() -> yaml("plain text")).hasMessage("m.yaml: the manifest must be a list of clients, or a mapping "
                + "with clients: (and defaults:)");
    }

    @Test
    void fromAFileThePathsAreBesideTheManifestAndOtherExtensionsAreRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("clients.csv"), "client,data\nA,a.csv\n");
        assertThat(ManifestReader.read(file).clients().get(0).data()).isEqualTo(dir.resolve("a.csv"));

        Path txt = Files.writeString(dir.resolve("clients.txt"), "client\nA\n");
        assertThatThrownBy(() -> ManifestReader.read(txt)).hasMessage(txt + ": a manifest is YAML (.yaml, .yml) or CSV (.csv) "
                + "with the header client,template,data,brand,lang,out");
        assertThatThrownBy(() -> ManifestReader.read(dir.resolve("none.yaml"))).hasMessage(dir.resolve("none.yaml")
                + ": the manifest file does not exist");
    }

    @Test
    void aThousandClientsAtMost() {
        StringBuilder b = new StringBuilder("client,data\n");
        for (int i = 0; i <= ManifestReader.MAX_CLIENTS; i++) {
            b.append("C").append(i).append(",d.csv\n");
        }
        assertThatThrownBy(() -> csv(b.toString())).hasMessage("m.csv: the manifest lists 1,001 clients; one batch runs at "
                + "most 1,000 (split it)");
    }

    @Test
    void clientNamesGiveFileNames() {
        assertThat(ClientRows.slug("Café Nord & Co.")).isEqualTo("cafe-nord-co");
        assertThat(ClientRows.slug("Toko  Maju_Jaya 2")).isEqualTo("toko-maju-jaya-2");
        assertThat(ClientRows.slug("東京デザイン")).isEqualTo("東京デザイン");
        assertThat(ClientRows.slug("&&&")).isEqualTo("client");
    }
}
