package dev.journeydash.io;

import dev.journeydash.model.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML as a tree of plain data (maps, lists, strings) that remembers line numbers, for
 * every YAML file journeydash reads (templates; later brand files and manifests). No tags are
 * resolved into objects; aliases, nesting and size are limited. {@link YamlFields} reads typed
 * fields from the tree and collects every problem with its line.
 */
public final class YamlNodes {
    /** Longest YAML text accepted, in characters. */
    public static final int MAX_CHARS = 1 << 20;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 20;
    static final int MAX_NODES = 100_000;

    private YamlNodes() { }

    /** A YAML value with the 1-based line where it starts. */
    public sealed interface Value permits Scalar, Seq, Map2 {
        /** 1-based line where the value starts. */
        int line();
    }

    /** A scalar as written (no type resolution: {@code 0.5}, {@code yes} and {@code 2025-01} are text). */
    public record Scalar(String text, int line) implements Value { }

    /** A sequence. */
    public record Seq(List<Value> items, int line) implements Value { }

    /** A mapping; keys are scalars, in file order, each with the line it is on. */
    public record Map2(Map<String, Value> entries, Map<String, Integer> keyLines, int line) implements Value { }

    /**
     * Parses {@code text}; {@code file} names it in messages and {@code noun} says what it is
     * ("template": "the template is empty").
     */
    public static Value parse(String file, String text, String noun) throws InputException {
        if (text.length() > MAX_CHARS) {
            throw InputException.of(file, "the " + noun + " is %,d characters long; the limit is %,d", text.length(), MAX_CHARS);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CHARS)
                // the whole text in one buffer: snakeyaml-engine 2.10 throws IndexOutOfBoundsException when a
                // surrogate pair (an emoji) straddles the end of its 1,024-character buffer
                .setBufferSize(Math.max(1024, text.length() + 2))
                .build();
        Node root;
        try {
            root = new Compose(settings).composeString(text).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            int contextLine = e.getContextMark().map(m -> m.getLine() + 1).orElse(line);
            String context = e.getContext() != null && contextLine != line
                    ? " (" + e.getContext() + " that starts on line " + contextLine + ")" : "";
            throw new InputException(new InputException.Problem(file, line, null,
                    "not valid YAML: " + firstLine(e.getProblem() == null ? e.getMessage() : e.getProblem()) + context));
        } catch (YamlEngineException e) {
            if (String.valueOf(e.getMessage()).startsWith("Number of aliases")) {
                throw InputException.of(file, "the YAML repeats lists or mappings through aliases (*name) more than %d times;"
                        + " write the values out instead", MAX_ALIASES);
            }
            throw InputException.of(file, "not valid YAML: %s", firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw InputException.of(file, "the YAML is nested too deeply (limit %d levels)", MAX_DEPTH);
        } catch (IllegalArgumentException e) {
            // SnakeYAML Engine checks some things (tags such as !%0) with plain exceptions, without a line
            throw InputException.of(file, "not valid YAML: %s (a tag, a word starting with \"!\"?)", firstLine(e.getMessage()));
        }
        if (root == null) {
            throw InputException.of(file, "the " + noun + " is empty");
        }
        int[] budget = {MAX_NODES};
        return convert(file, root, 0, budget);
    }

    private static Value convert(String file, Node node, int depth, int[] budget) throws InputException {
        int line = node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
        if (depth > MAX_DEPTH) {
            throw new InputException(new InputException.Problem(file, line, null,
                    "the YAML is nested more than " + MAX_DEPTH + " levels deep"));
        }
        if (--budget[0] < 0) {
            throw InputException.of(file, "the YAML has more than %,d values (are aliases expanding?)", MAX_NODES);
        }
        if (node instanceof ScalarNode s) {
            checkCharacters(file, s.getValue(), line);
            return new Scalar(s.getValue(), line);
        }
        if (node instanceof SequenceNode s) {
            List<Value> items = new ArrayList<>();
            for (Node n : s.getValue()) {
                items.add(convert(file, n, depth + 1, budget));
            }
            return new Seq(items, line);
        }
        MappingNode m = (MappingNode) node;
        Map<String, Value> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new InputException(new InputException.Problem(file, line, null, "a mapping key must be plain text"));
            }
            int keyLine = key.getStartMark().map(Mark::getLine).orElse(-1) + 1;
            checkCharacters(file, key.getValue(), keyLine);
            Integer first = keyLines.putIfAbsent(key.getValue(), keyLine);
            if (first != null) {
                throw new InputException(new InputException.Problem(file, keyLine, null,
                        "the key \"" + key.getValue() + "\" appears twice in the same mapping (first on line " + first
                        + "); keep one"));
            }
            entries.put(key.getValue(), convert(file, t.getValueNode(), depth + 1, budget));
        }
        return new Map2(entries, keyLines, line);
    }

    /**
     * Rejects text a workbook cannot hold: XML 1.0 has no C0 control characters but tab, line
     * feed and carriage return, no U+FFFE or U+FFFF, and no unpaired surrogates. YAML lets all
     * of them in through escapes such as "\0"; labels and names end up in sheet names and
     * table headers, where POI writes them unescaped into a file Excel cannot open.
     */
    private static void checkCharacters(String file, String text, int line) throws InputException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                bad = true;
            }
            if (bad) {
                throw new InputException(new InputException.Problem(file, line, null, String.format(
                        "the text contains the character U+%04X, which a workbook cannot hold; remove it", (int) c)));
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
