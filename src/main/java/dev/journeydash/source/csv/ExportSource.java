package dev.journeydash.source.csv;

import dev.journeydash.io.TextFile;
import dev.journeydash.model.InputException;
import dev.journeydash.model.Journey;
import dev.journeydash.model.Progress;
import dev.journeydash.model.ReadOptions;
import dev.journeydash.model.Source;
import dev.journeydash.source.table.SourceData;

import java.nio.file.Path;

/** A template's source read from a CSV export as the tool writes it (see docs/template-format.md, "Sources"). */
public final class ExportSource {
    private ExportSource() { }

    /**
     * Reads {@code source}'s file.
     *
     * @throws InputException naming the file, line, column and value of everything wrong with it
     */
    public static SourceData read(Source source, Journey journey, ReadOptions options, Progress progress) throws InputException {
        return TextFile.read(Path.of(source.file()), CsvSource.DATA_FILE,
                (text, encodingNote) -> new ExportReader(source, journey, options, progress, encodingNote).read(text));
    }
}
