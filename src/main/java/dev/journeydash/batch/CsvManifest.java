package dev.journeydash.batch;

import dev.journeydash.model.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CSV manifest's rows: a header of {@link ManifestReader#FIELDS} (client required, any order), then one client per row. */
final class CsvManifest {
    private CsvManifest() { }

    static List<ManifestEntry> entries(String file, String text) throws InputException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true)
                .setCommentMarker('#').get();
        List<InputException.Problem> problems = new ArrayList<>();
        List<ManifestEntry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            Lines lines = new Lines(text);
            for (CSVRecord record : parser) {
                int line = lines.at(record.getCharacterPosition());
                if (header == null) {
                    header = header(file, record, line);
                    continue;
                }
                if (record.size() > header.size()) {
                    problems.add(new InputException.Problem(file, line, null, String.format("the row has %d cells; the header "
                            + "names %d (%s)", record.size(), header.size(), String.join(",", header))));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                Map<String, Integer> at = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String cell = record.get(i).strip();
                    if (!cell.isEmpty()) {
                        values.put(header.get(i), cell);
                        at.put(header.get(i), line);
                    }
                }
                entries.add(new ManifestEntry(line, values, at, Map.of()));
                if (problems.size() >= InputException.MAX_PROBLEMS) {
                    break;
                }
            }
            if (header == null) {
                throw InputException.of(file, "the manifest is empty; its first line is the header %s",
                        String.join(",", ManifestReader.FIELDS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a quote left open, or text after a closing quote, this way
            throw InputException.of(file, "not valid CSV: %s", e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return entries;
    }

    private static List<String> header(String file, CSVRecord record, int line) throws InputException {
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : record) {
            String name = cell.strip().toLowerCase(java.util.Locale.ROOT);
            if (!ManifestReader.FIELDS.contains(name)) {
                throw new InputException(new InputException.Problem(file, line, name, String.format("unknown column %s in the "
                        + "header; a manifest's columns are %s", InputException.quoted(cell.strip()),
                        String.join(",", ManifestReader.FIELDS))));
            }
            if (!seen.add(name)) {
                throw new InputException(new InputException.Problem(file, line, name, "the header names column \"" + name
                        + "\" twice"));
            }
            header.add(name);
        }
        if (!seen.contains("client")) {
            throw new InputException(new InputException.Problem(file, line, null, "the header has no \"client\" column; a "
                    + "manifest's header is " + String.join(",", ManifestReader.FIELDS)));
        }
        return header;
    }

    /** The 1-based line of a character position, for positions that only grow. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        /** The line of the record that starts at {@code target}, or after the comment and empty lines that start there. */
        int at(long target) {
            for (; position < target && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            while (position < text.length()) {
                int end = text.indexOf('\n', position);
                String rest = text.substring(position, end < 0 ? text.length() : end).strip();
                if (!rest.isEmpty() && !rest.startsWith("#") || end < 0) {
                    break;
                }
                position = end + 1;
                line++;
            }
            return line;
        }
    }
}
