package dev.journeydash.template;

import dev.journeydash.io.YamlFields;
import dev.journeydash.io.YamlNodes;
import dev.journeydash.io.YamlNodes.Map2;
import dev.journeydash.io.YamlNodes.Scalar;
import dev.journeydash.io.YamlNodes.Seq;
import dev.journeydash.io.YamlNodes.Value;
import dev.journeydash.model.FunnelStep;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Kpi;
import dev.journeydash.model.Measure;
import dev.journeydash.model.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A journey for an export without a template: the built-in journey of the preset's field
 * (e-commerce for a shop's orders), reading the export through the preset, limited to the KPIs
 * the preset's measures can feed. What it leaves out, and why, is said in notes.
 */
public final class AutoJourney {
    private AutoJourney() { }

    /**
     * The journey and what it left out.
     *
     * @param journey the built-in journey limited to what the export feeds, its one source the export
     * @param notes   which KPIs were left out and what they need
     */
    public record Built(Journey journey, List<String> notes) { }

    /** The built-in journey named {@code name} ({@code ecommerce}, {@code saas}...), from the class path. */
    public static Journey builtIn(String name) throws InputException {
        try (InputStream in = AutoJourney.class.getResourceAsStream("/dev/journeydash/templates/" + name + ".yaml")) {
            if (in == null || !name.matches("[a-z0-9-]+")) {
                throw InputException.of(name, "there is no built-in journey of this name");
            }
            return TemplateLoader.parse("built-in journey " + name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The journey of preset {@code preset} reading {@code data}. */
    public static Built of(String preset, Path data) throws InputException {
        Preset p = Presets.find(preset);
        if (p == null) {
            throw InputException.of("--preset " + preset, "unknown preset; known presets: %s", String.join(", ", Presets.names()));
        }
        Journey base = builtIn(p.journey());
        YamlFields fields = new YamlFields("preset " + preset, TemplateLoader.TEXT_LIMIT);
        Map<String, Value> entries = new LinkedHashMap<>();
        entries.put("preset", new Scalar(preset, 0));
        entries.put("file", new Scalar(data.toString(), 0));
        Map<String, Integer> lines = new LinkedHashMap<>();
        entries.keySet().forEach(k -> lines.put(k, 0));
        SourceReader.Read read = new SourceReader(fields, null).read(new Seq(List.of(new Map2(entries, lines, 0)), 0));
        fields.throwIfAny();
        Set<String> have = read.measures().keySet();
        List<String> leftOut = new ArrayList<>();
        List<Stage> stages = stages(base, have, leftOut);
        if (stages.isEmpty()) {
            throw InputException.of(data.toString(), "the built-in %s journey has no KPI that a %s export can feed; write a "
                    + "template for it (templates/examples/ has one per export we know)", p.journey(), p.tool());
        }
        List<Measure> measures = new ArrayList<>();
        for (Measure m : read.measures().values()) {
            measures.add(base.measure(m.id()).map(b -> new Measure(b.id(), b.label(), b.format(), b.aggregation(), b.columns(),
                    m.additive())).orElse(m));
        }
        List<FunnelStep> funnel = base.funnel().stream().filter(f -> have.contains(f.measure())).toList();
        Journey journey = new Journey(base.name(), "", "From the " + p.tool() + " export " + data.getFileName() + ".",
                base.granularity(), base.currency(), measures, stages, funnel.size() > 1 ? funnel : List.of(), base.decimal(),
                base.dateOrder(), read.sources(), base.select());
        List<String> notes = new ArrayList<>();
        notes.add(data + ": read as a " + p.tool() + " export (preset " + preset + "), in the built-in " + p.journey()
                + " journey; write the journey out as a template to change it");
        if (!leftOut.isEmpty()) {
            notes.add("left out, because a " + p.tool() + " export does not hold what they need: " + String.join("; ", leftOut));
        }
        return new Built(journey, notes);
    }

    /** The base's stages with only the KPIs the measures {@code have} can feed; {@code leftOut} gets the others. */
    private static List<Stage> stages(Journey base, Set<String> have, List<String> leftOut) {
        Set<String> fed = new HashSet<>(have);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Kpi k : base.kpis().toList()) {
                if (!fed.contains(k.id()) && needs(k, fed).isEmpty()) {
                    fed.add(k.id());
                    grew = true;
                }
            }
        }
        List<Stage> out = new ArrayList<>();
        for (Stage s : base.stages()) {
            List<Kpi> kept = new ArrayList<>();
            for (Kpi k : s.kpis()) {
                if (fed.contains(k.id())) {
                    kept.add(k);
                } else {
                    leftOut.add(k.label() + " (needs " + String.join(", ", needs(k, fed)) + ")");
                }
            }
            if (!kept.isEmpty()) {
                out.add(s.withKpis(kept));
            }
        }
        return out;
    }

    private static Set<String> needs(Kpi k, Set<String> fed) {
        Set<String> missing = new LinkedHashSet<>();
        k.formula().forEachRef((id, lag) -> {
            if (!fed.contains(id)) {
                missing.add(id);
            }
        });
        return missing;
    }
}
