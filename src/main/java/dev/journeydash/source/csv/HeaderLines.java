package dev.journeydash.source.csv;

import dev.journeydash.io.TextFile;
import dev.journeydash.model.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The first lines of a data file split into cells, for telling which tool exported it. */
public final class HeaderLines {
    private HeaderLines() { }

    /**
     * The first {@link Preamble#SEARCH_LINES} lines of {@code file} that are not blank, each split
     * at the delimiter that occurs most often in it (quotes respected, cells stripped).
     */
    public static List<List<String>> of(Path file) throws InputException {
        return TextFile.read(file, CsvSource.DATA_FILE, (text, note) -> {
            List<List<String>> out = new ArrayList<>();
            try {
                String line;
                while (out.size() < Preamble.SEARCH_LINES && (line = text.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(split(line, Delimiter.of(line)));
                    }
                }
            } catch (IOException e) {
                throw InputException.of(file.toString(), "cannot read the data file: %s", e.getMessage());
            }
            return out;
        });
    }

    private static List<String> split(String line, char d) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString().strip());
        return out;
    }
}
